package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What a host adds is one line: {@code registerModule(new AtelierJacksonModule())}, or nothing
 * beyond {@code findAndRegisterModules()}. Then its own types that hold Atelier's values, with
 * {@code Optional}, {@code java.time} and Vavr collections beside them, write and read back.
 */
class HostMapperTest {

    /** What a host's own API might return: its fields, Atelier's values, JDK and Vavr types. */
    record Application(String reference, Initiative initiative, Optional<Money> advance, LocalDate received,
                       List<Money> instalments, Option<PartialDate> decided) {
    }

    private static final Application APPLICATION = new Application("zaak-2016-019",
        Initiative.builder().id("gr2016-19").title("Waarom is water zo mooi?").applicant(Applicant.organisation("Humanitas",
            OrganisationKind.WELFARE_ORGANISATION)).requestedAmount(Money.ofEuros(109_000)).build(),
        Optional.of(Money.ofCents(2_500_050)), LocalDate.of(2016, 3, 15), List.of(Money.ofEuros(50_000), Money.ofEuros(59_000)),
        Option.some(PartialDate.ofMonth(2016, 6)));

    @Test
    void oneLineIsAllAHostNeeds() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new AtelierJacksonModule());
        String json = mapper.writeValueAsString(APPLICATION);
        assertThat(json).contains("\"advance\":{\"cents\":2500050,\"amount\":\"25000.50\",\"text\":\"€ 25.000,50\"}")
            .contains("\"instalments\":[{\"cents\":5000000,").contains("\"requestedAmount\":{\"cents\":10900000,");
        assertThat(mapper.readValue(json, Application.class)).isEqualTo(APPLICATION);
    }

    @Test
    void findAndRegisterModulesFindsIt() throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains(AtelierJacksonModule.class.getName());
        String json = mapper.writeValueAsString(APPLICATION);
        assertThat(json).isEqualTo(new ObjectMapper().registerModule(new AtelierJacksonModule()).writeValueAsString(APPLICATION));
        assertThat(mapper.readValue(json, Application.class)).isEqualTo(APPLICATION);
    }

    @Test
    void vavrCollectionsOfAtelierValuesKeepTheirElements() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new AtelierJacksonModule());
        List<Problem> problems = List.of(Problem.invalid("call.blank-field", Place.about("call", "innovatieatelier-2016"),
            "id mag niet leeg zijn", "id must not be blank"));
        String json = mapper.writeValueAsString(problems);
        assertThat(json).isEqualTo("[{\"code\":\"call.blank-field\",\"kind\":\"invalid\",\"place\":{\"file\":null,\"line\":0,"
            + "\"column\":0,\"path\":\"\",\"subjects\":{\"call\":\"innovatieatelier-2016\"}},\"message\":{\"nl\":\"id mag niet leeg zijn\","
            + "\"en\":\"id must not be blank\"},\"text\":\"call 'innovatieatelier-2016': id mag niet leeg zijn\"}]");
        assertThat(mapper.readValue(json, new TypeReference<List<Problem>>() { })).isEqualTo(problems);
    }

    @Test
    void aProfilesModuleRegisteredAfterTheDefaultOneIsNotSkipped() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .registerModule(AtelierJacksonModule.withProfile(Atelier.profile("groningen")));
        assertThat(mapper.getRegisteredModuleIds())
            .contains(AtelierJacksonModule.class.getName(), AtelierJacksonModule.class.getName() + " (profile groningen)");
    }
}
