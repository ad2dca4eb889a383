package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;
import nl.sociaaldomein.atelier.reporting.SampleDossiers;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A round is written (its call, framework by id, initiatives with their assessments, decisions,
 * decision dates and histories, reopenings, whether the decision phase is closed) and not read
 * back; a dossier reads back everything but its round.
 */
class RoundShapeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AtelierJacksonModule());
    private static final ObjectWriter INTERNAL = AtelierJacksonModule.writer(MAPPER, RoundTripProperties.INTERNAL);
    private static final LocalDate DECIDED = LocalDate.of(2025, 4, 15);
    private static final LocalDate REVISED = LocalDate.of(2025, 5, 20);

    @Test
    void aRoundIsWrittenWithItsDecisionBook() throws IOException {
        Round round = revisedReopenedAndReopenedAgain();
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(round));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("call", "framework", "decisionPhaseClosed", "reopenings", "initiatives");
        assertThat(json.get("call")).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(round.call())));
        assertThat(json.get("framework").textValue()).isEqualTo(round.framework().id());
        assertThat(json.get("decisionPhaseClosed").booleanValue()).isFalse();
        assertThat(json.get("reopenings").get(0).get("nl").textValue()).isEqualTo("nagekomen stukken");

        JsonNode initiatives = json.get("initiatives");
        assertThat(initiatives).hasSize(round.initiatives().size());
        for (int i = 0; i < initiatives.size(); i++) {
            String id = round.initiatives().get(i).id();
            assertThat(initiatives.get(i).get("initiative").get("id").textValue()).isEqualTo(id);
            assertThat(initiatives.get(i).get("assessment")).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(round.assessment(id))));
        }
        JsonNode granted = initiatives.get(0);
        assertThat(granted.get("decision").get("kind").textValue()).isEqualTo("granted");
        assertThat(granted.get("decidedOn").textValue()).isEqualTo("2025-04-15");
        assertThat(kinds(granted.get("history"))).containsExactly("decided");

        JsonNode revised = initiatives.get(round.indexOf("i6"));
        assertThat(revised.get("decision").get("kind").textValue()).isEqualTo("rejected");
        assertThat(revised.get("decidedOn").textValue()).isEqualTo("2025-05-20");
        assertThat(kinds(revised.get("history"))).containsExactly("decided", "revised");
        assertThat(revised.get("history").get(1).get("reason").get("nl").textValue()).isEqualTo("na bezwaar");
        assertThat(revised.get("history").get(0).get("decidedOn").textValue()).isEqualTo("2025-04-15");

        JsonNode reopened = initiatives.get(round.indexOf("i3"));
        assertThat(reopened.get("decision").isNull()).isTrue();
        assertThat(reopened.get("decidedOn").isNull()).isTrue();
        assertThat(kinds(reopened.get("history"))).containsExactly("decided", "reopened");
        assertThat(reopened.get("history").get(1).get("decision").isNull()).isTrue();

        JsonNode undecided = initiatives.get(round.indexOf("i8"));
        assertThat(undecided.get("decision").isNull()).isTrue();
        assertThat(undecided.get("history")).isEmpty();

        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(round.closeDecisionPhase())).get("decisionPhaseClosed").booleanValue()).isTrue();
    }

    @Test
    void aPublicRoundNeverHoldsTheNaturalPersonsName() throws IOException {
        Round round = SampleDossiers.sample().round().orElseThrow();
        assertThat(MAPPER.writeValueAsString(round)).doesNotContain(SampleDossiers.PERSON).contains("Particulier");
        assertThat(INTERNAL.writeValueAsString(round)).contains(SampleDossiers.PERSON);
    }

    @Test
    void aRoundIsNotReadBackAndSaysWhy() throws IOException {
        String json = MAPPER.writeValueAsString(SampleDossiers.sample().round().orElseThrow());
        assertThatThrownBy(() -> MAPPER.readValue(json, Round.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("a round is written, not read back");
    }

    @Test
    void aDossierReadsBackEverythingButItsRound() throws IOException {
        Dossier sample = SampleDossiers.sample();
        String json = INTERNAL.writeValueAsString(sample);
        assertThat(MAPPER.readTree(json).get("round").get("initiatives")).hasSize(sample.round().orElseThrow().initiatives().size());
        Dossier back = MAPPER.readValue(json, Dossier.class);
        assertThat(back).isEqualTo(ImmutableDossier.copyOf(sample).withRound(Optional.empty()));
        assertThat(MAPPER.writeValueAsString(sample)).doesNotContain(SampleDossiers.PERSON);
    }

    @Test
    void aBadDossierIsRefusedWithEveryProblemAndItsPlace() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"municipality\":{\"name\":\"Groningen\",\"cbsCode\":\"GM0014\"},"
            + "\"asOf\":\"30-06-2025\",\"title\":7,\"round\":{\"anything\":true},\"provenance\":{}}", Dossier.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("2 problems")
            .hasMessageContaining("$.asOf: must be an ISO date such as 2016-06-30, not '30-06-2025'")
            .hasMessageContaining("$.title: must be a string, not the number 7");
    }

    /** The sample's decided round, one rejection revised, one referral reopened, closed and formally reopened. */
    private static Round revisedReopenedAndReopenedAgain() {
        Round decided = SampleDossiers.sample().round().orElseThrow();
        assertThat(decided.decisionDate("i1")).contains(DECIDED);
        List<PotBalance> pots = List.of(PotBalance.fresh(decided.call().potId(), Money.ofEuros(50_000)));
        Round revised = decided.revise(Decisions.rejected(decided.assessment("i6"), List.of(Text.of("te duur", "too dear")),
            Text.of("beslissing op bezwaar", "decision on objection")), Text.of("na bezwaar", "after objection"), pots, REVISED).orElseThrow();
        Round reopened = revised.reopen("i3", Text.of("nieuwe partner", "new partner")).orElseThrow();
        return reopened.closeDecisionPhase().reopenCall(Text.of("nagekomen stukken", "late documents")).orElseThrow();
    }

    private static List<String> kinds(JsonNode history) {
        List<String> kinds = new ArrayList<>();
        history.forEach(entry -> kinds.add(entry.get("kind").textValue()));
        return kinds;
    }
}
