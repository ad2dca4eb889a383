package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.testkit.Gen;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.LedgerRecordTypes;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

/** The shapes docs/embedding.md shows, byte for byte, and the one shape a ledger entry has. */
class DocumentedShapesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AtelierJacksonModule());

    @Test
    void moneyHasTheShapeOfTheJsonReports() throws IOException {
        assertThat(MAPPER.writeValueAsString(Money.ofEuros(887_685)))
            .isEqualTo("{\"cents\":88768500,\"amount\":\"887685.00\",\"text\":\"€ 887.685\"}");
        assertThat(AtelierJacksonModule.writer(MAPPER, RenderOptions.defaults().withLocale(Locale.ENGLISH))
            .writeValueAsString(Money.ofCents(-1_200_050)))
            .isEqualTo("{\"cents\":-1200050,\"amount\":\"-12000.50\",\"text\":\"€-12,000.50\"}");
    }

    @Test
    void moneyReadsFromCentsOrFromAmount() throws IOException {
        assertThat(MAPPER.readValue("{\"cents\":88768500}", Money.class)).isEqualTo(Money.ofEuros(887_685));
        assertThat(MAPPER.readValue("{\"amount\":\"887685.00\",\"text\":\"anything\"}", Money.class)).isEqualTo(Money.ofEuros(887_685));
        assertThat(MAPPER.readValue("{\"amount\":\"-92233720368547758.08\"}", Money.class)).isEqualTo(Money.ofCents(Long.MIN_VALUE));
    }

    @Test
    void aPartialDateHasTheShapeOfTheJsonReports() throws IOException {
        assertThat(MAPPER.writeValueAsString(PartialDate.ofMonth(2018, 3))).isEqualTo(
            "{\"precision\":\"month\",\"value\":\"2018-03\",\"earliest\":\"2018-03-01\",\"latest\":\"2018-03-31\",\"text\":\"maart 2018\"}");
        assertThat(MAPPER.writeValueAsString(PartialDate.unknown()))
            .isEqualTo("{\"precision\":\"unknown\",\"value\":null,\"earliest\":null,\"latest\":null,\"text\":\"\"}");
        assertThat(MAPPER.readValue("{\"precision\":\"day\",\"value\":\"2016-06-30\"}", PartialDate.class))
            .isEqualTo(PartialDate.of(LocalDate.of(2016, 6, 30)));
        assertThat(MAPPER.readValue("{\"precision\":\"year\",\"value\":\"2016\"}", PartialDate.class)).isEqualTo(PartialDate.ofYear(2016));
    }

    @Test
    void aProvenanceHasTheShapeOfTheJsonReports() throws IOException {
        assertThat(MAPPER.writeValueAsString(Provenance.computed("som van de toegekende bedragen")))
            .isEqualTo("{\"kind\":\"berekend\",\"how\":\"som van de toegekende bedragen\",\"text\":\"berekend: som van de toegekende bedragen\"}");
    }

    @Test
    void aProblemHasItsCodeKindPlaceAndBothLanguages() throws IOException {
        nl.sociaaldomein.atelier.problem.Problem problem = nl.sociaaldomein.atelier.problem.Problem.conflict(
            "ledger.exceeds-remaining", Place.about("pot", "wmo-2016"), "het bedrag past niet", "the amount does not fit");
        String json = MAPPER.writeValueAsString(problem);
        assertThat(json).isEqualTo("{\"code\":\"ledger.exceeds-remaining\",\"kind\":\"conflict\",\"place\":{\"file\":null,"
            + "\"line\":0,\"column\":0,\"path\":\"\",\"subjects\":{\"pot\":\"wmo-2016\"}},"
            + "\"message\":{\"nl\":\"het bedrag past niet\",\"en\":\"the amount does not fit\"},"
            + "\"text\":\"pot 'wmo-2016': het bedrag past niet\"}");
        assertThat(MAPPER.readValue(json, nl.sociaaldomein.atelier.problem.Problem.class)).isEqualTo(problem);
        assertThatThrownBy(() -> MAPPER.readValue(json.replace("ledger.exceeds-remaining", "Not A Code"),
            nl.sociaaldomein.atelier.problem.Problem.class))
            .isInstanceOf(AtelierJsonException.class).hasMessageContaining("Not A Code");
    }

    @Test
    void anApplicantHasTheFieldsOfThePortfolioFormat() throws IOException {
        assertThat(MAPPER.writeValueAsString(Applicant.organisation("St Kas-Vital", OrganisationKind.FOUNDATION)))
            .isEqualTo("{\"kind\":\"organisation\",\"name\":\"St Kas-Vital\",\"organisationKind\":\"foundation\"}");
    }

    @Test
    void aGrantEntryIsItsJournalPayloadWithItsRecordTypeInFront() throws IOException {
        LedgerEntry grant = new LedgerEntry.Grant("besluit-19", LocalDate.of(2016, 6, 30), "collegebesluit", "backoffice", "gr2016-19",
            "Waarom is water zo mooi?", Money.ofEuros(109_000), List.of(new Funding("wmo-2016", 3), new Funding("jeugd-2016", 1)),
            Optional.of("r1"));
        assertThat(MAPPER.writeValueAsString(grant)).isEqualTo("{\"type\":\"ledger.grant\",\"id\":\"besluit-19\",\"effectiveDate\":\"2016-06-30\","
            + "\"reason\":\"collegebesluit\",\"recordedBy\":\"backoffice\",\"initiativeId\":\"gr2016-19\",\"title\":\"Waarom is water zo mooi?\","
            + "\"amount\":\"109000.00\",\"funding\":[{\"potId\":\"wmo-2016\",\"weight\":\"3\"},{\"potId\":\"jeugd-2016\",\"weight\":\"1\"}],"
            + "\"reservationId\":\"r1\"}");
    }

    @Test
    void everyEntryHasExactlyTheJournalsShape() {
        JsonLedgerCodec codec = new JsonLedgerCodec();
        Property.named("an entry's JSON is its journal payload and record type, and the codec reads it")
            .forAll(ValueGen.entries())
            .check(entry -> {
                try {
                    ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(entry));
                    assertThat(json.remove("type").textValue()).isEqualTo(LedgerRecordTypes.of(entry));
                    assertThat(json).isEqualTo(MAPPER.readTree(codec.encode(entry)));
                    assertThat(codec.decode(LedgerRecordTypes.of(entry), json.toString())).isEqualTo(entry);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }

    @Test
    void aSealedTypeNamesItsVariantFirst() {
        Property.named("decisions, transitions and experiment numbers name their variant in their first field")
            .tries(200)
            .forAll(Gen.choose(ValueGen.decisions(), ValueGen.transitions(0), ValueGen.experimentNumbers()))
            .check(value -> {
                try {
                    String first = MAPPER.readTree(MAPPER.writeValueAsString(value)).fieldNames().next();
                    assertThat(first).isEqualTo(value instanceof Decision ? "kind" : "type");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }
}
