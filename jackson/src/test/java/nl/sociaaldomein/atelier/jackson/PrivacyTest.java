package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.initiative.ImmutablePortfolio;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.PortfolioGen;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * A natural person's name is personal data: a mapper set up the way a host sets one up, with no
 * audience named, never writes it; only a write for the internal audience does.
 */
class PrivacyTest {

    /** A name no generated text contains, so finding it in JSON can only mean the name leaked. */
    private static final String NAME = "Zoë Privé-Geheim";

    private static final List<ObjectMapper> HOST_MAPPERS = List.of(
        new ObjectMapper().registerModule(new AtelierJacksonModule()),
        new ObjectMapper().findAndRegisterModules(),
        AtelierJacksonModule.mapperFor(nl.sociaaldomein.atelier.Atelier.profile("groningen")));

    @Test
    void aPublicWriteNeverHoldsANaturalPersonsName() {
        Property.named("portfolios with natural persons, written by a default mapper, hold no person's name")
            .forAll(PortfolioGen.portfolios())
            .check(generated -> {
                Portfolio portfolio = withPersonNamed(generated);
                for (ObjectMapper mapper : HOST_MAPPERS) {
                    try {
                        assertThat(mapper.writeValueAsString(portfolio)).doesNotContain(NAME);
                        for (Initiative initiative : portfolio.initiatives()) {
                            assertThat(mapper.writeValueAsString(initiative)).doesNotContain(NAME);
                            assertThat(mapper.writeValueAsString(initiative.applicant())).doesNotContain(NAME);
                            RoundEvent submitted = new RoundEvent.InitiativeSubmitted("c", Stamp.undated("intake", "aanvraag"), initiative);
                            assertThat(mapper.writeValueAsString(submitted)).doesNotContain(NAME);
                            assertThat(mapper.writeValueAsString(new Recorded<>(submitted, 1, Instant.EPOCH))).doesNotContain(NAME);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
    }

    @Test
    void aPublicWriteShowsParticulierAsTheSourcesDo() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new AtelierJacksonModule());
        assertThat(mapper.writeValueAsString(Applicant.naturalPerson(NAME)))
            .isEqualTo("{\"kind\":\"natural-person\",\"name\":\"Particulier\"}");
    }

    @Test
    void anInternalWriteHoldsTheNameAndReadsItBack() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new AtelierJacksonModule());
        RenderOptions internal = RenderOptions.defaults().withAudience(Audience.INTERNAL);
        String json = AtelierJacksonModule.writer(mapper, internal).writeValueAsString(Applicant.naturalPerson(NAME));
        assertThat(json).isEqualTo("{\"kind\":\"natural-person\",\"name\":\"" + NAME + "\"}");
        assertThat(mapper.readValue(json, Applicant.class)).isEqualTo(Applicant.naturalPerson(NAME));
        RoundEvent submitted = new RoundEvent.InitiativeSubmitted("c", Stamp.undated("intake", "aanvraag"),
            Initiative.builder().id("privé").title("Een idee").applicant(Applicant.naturalPerson(NAME)).build());
        String event = AtelierJacksonModule.writer(mapper, internal).writeValueAsString(submitted);
        assertThat(event).contains(NAME);
        assertThat(mapper.readValue(event, RoundEvent.class)).isEqualTo(submitted);
        ObjectMapper caseWork = new ObjectMapper().registerModule(new AtelierJacksonModule().withOptions(internal));
        assertThat(caseWork.writeValueAsString(Applicant.naturalPerson(NAME))).contains(NAME);
    }

    /** The portfolio with every natural person named {@link #NAME}, and at least one of them. */
    private static Portfolio withPersonNamed(Portfolio portfolio) {
        List<Initiative> initiatives = new ArrayList<>();
        for (Initiative initiative : portfolio.initiatives()) {
            initiatives.add(initiative.applicant().isNaturalPerson()
                ? ImmutableInitiative.copyOf(initiative).withApplicant(Applicant.naturalPerson(NAME)) : initiative);
        }
        initiatives.add(Initiative.builder().id("privé").title("Een idee").applicant(Applicant.naturalPerson(NAME)).build());
        return ImmutablePortfolio.copyOf(portfolio).withInitiatives(initiatives);
    }
}
