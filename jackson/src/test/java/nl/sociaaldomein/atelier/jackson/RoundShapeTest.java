package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.FundingHistory;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.RoundSummary;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.groningen.GroningenRound2016;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.SampleDossiers;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;

/**
 * A round is written (its call, framework by id, funding history, initiatives with their receipt
 * times, assessments, decisions, decision dates and histories, reopenings, whether the decision
 * phase is closed) and read back equal; a dossier reads back with its round; a round whose parts
 * do not hold together is refused with every problem at its JSON path.
 */
class RoundShapeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AtelierJacksonModule());
    private static final LocalDate DECIDED = LocalDate.of(2025, 4, 15);
    private static final LocalDate REVISED = LocalDate.of(2025, 5, 20);

    @Test
    void aRoundIsWrittenWithItsDecisionBook() throws IOException {
        Round round = revisedReopenedAndReopenedAgain();
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(round));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("call", "framework", "decisionPhaseClosed", "reopenings", "fundingHistory", "initiatives");
        assertThat(json.get("call")).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(round.call())));
        assertThat(json.get("framework").textValue()).isEqualTo(round.framework().id());
        assertThat(json.get("decisionPhaseClosed").booleanValue()).isFalse();
        assertThat(json.get("reopenings").get(0).get("nl").textValue()).isEqualTo("nagekomen stukken");
        assertThat(json.get("fundingHistory").toString()).isEqualTo("{\"initiativeIds\":[],\"applicants\":[]}");

        JsonNode initiatives = json.get("initiatives");
        assertThat(initiatives).hasSize(round.initiatives().size());
        for (int i = 0; i < initiatives.size(); i++) {
            String id = round.initiatives().get(i).id();
            List<String> names = new ArrayList<>();
            initiatives.get(i).fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactly("initiative", "receivedAt", "assessment", "decision", "decidedOn", "history");
            assertThat(initiatives.get(i).get("initiative").get("id").textValue()).isEqualTo(id);
            assertThat(initiatives.get(i).get("receivedAt").isNull()).isEqualTo(round.receivedAt(id).isEmpty());
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
    void aRoundWithReceiptTimesAndAFundingHistoryWritesThem() throws IOException {
        Round sample = SampleDossiers.sample().round().orElseThrow();
        FundingHistory before = new FundingHistory(Set.of("2015-07", "2015-02"), Set.of(sample.initiative("i2").applicant()));
        Round round = Round.open(sample.call(), sample.framework(), sample.initiatives(),
            Map.of("i2", LocalDateTime.of(2025, 3, 1, 9, 30, 15)), before).orElseThrow();
        JsonNode json = MAPPER.readTree(writer(round).writeValueAsString(round));

        assertThat(json.get("fundingHistory").get("initiativeIds").toString()).isEqualTo("[\"2015-02\",\"2015-07\"]");
        assertThat(json.get("fundingHistory").get("applicants")).hasSize(1);
        assertThat(json.get("initiatives").get(round.indexOf("i2")).get("receivedAt").textValue()).isEqualTo("2025-03-01T09:30:15");
        assertThat(mapperFor(round).readValue(json.toString(), Round.class)).isEqualTo(round);
    }

    @Test
    void aRoundReadsBackEqualWithEveryPartAndTheSameSummary() throws IOException {
        for (Round round : List.of(revisedReopenedAndReopenedAgain(), revisedReopenedAndReopenedAgain().closeDecisionPhase())) {
            String json = writer(round).writeValueAsString(round);
            Round back = mapperFor(round).readValue(json, Round.class);

            assertThat(back).isEqualTo(round);
            assertThat(back.call()).isEqualTo(round.call());
            assertThat(back.framework()).isSameAs(round.framework());
            assertThat(back.initiatives()).isEqualTo(round.initiatives());
            for (Initiative initiative : round.initiatives()) {
                String id = initiative.id();
                assertThat(back.assessment(id)).isEqualTo(round.assessment(id));
                assertThat(back.book().history(id)).isEqualTo(round.book().history(id));
                assertThat(back.decision(id)).isEqualTo(round.decision(id));
                assertThat(back.decisionDate(id)).isEqualTo(round.decisionDate(id));
                assertThat(back.receivedAt(id)).isEqualTo(round.receivedAt(id));
            }
            assertThat(back.candidates()).isEqualTo(round.candidates());
            assertThat(back.reopenings()).isEqualTo(round.reopenings());
            assertThat(back.isDecisionPhaseClosed()).isEqualTo(round.isDecisionPhaseClosed());
            assertThat(back.summary(Money.ofEuros(50_000))).isEqualTo(round.summary(Money.ofEuros(50_000)));
            assertThat(writer(back).writeValueAsString(back)).isEqualTo(json);
        }
    }

    @Test
    void aRoundReadBackActsAsTheOneWritten() throws IOException {
        Round round = revisedReopenedAndReopenedAgain();
        Round back = mapperFor(round).readValue(writer(round).writeValueAsString(round), Round.class);
        List<PotBalance> pots = List.of(PotBalance.fresh(round.call().potId(), Money.ofEuros(50_000)));
        // The reopened initiative may be decided anew, and the revised one not again without a revision, in both alike.
        Decision again = Decisions.rejected(round.assessment("i3"), List.of(Text.of("geen partner", "no partner")), Text.of("besluit", "decision"));
        assertThat(back.decide(again, pots).orElseThrow()).isEqualTo(round.decide(again, pots).orElseThrow());
        Decision onWithdrawn = Decisions.rejected(round.assessment("i6"), List.of(), Text.of("besluit", "decision"));
        assertThat(back.decide(onWithdrawn, pots).problems()).isEqualTo(round.decide(onWithdrawn, pots).problems()).isNotEmpty();
    }

    @Test
    void groningensRoundOf2016ReadsBackEqualWithTheCouncilsFigures() throws IOException {
        LoadedProfile groningen = Atelier.profile("groningen");
        RoundPlan plan = GroningenRound2016.plan();
        CriteriaFramework framework = groningen.framework("innovatieatelier-2016").orElseThrow();
        Dossier dossier = RoundWorkflow.run(plan, framework, groningen.allocationPolicy().orElseThrow(), Ledger.create(plan.budget()))
            .orElseThrow();
        Round round = dossier.round().orElseThrow();
        ObjectMapper mapper = new ObjectMapper().registerModule(AtelierJacksonModule.withProfile(groningen)
            .withOptions(RenderOptions.defaults().withAudience(Audience.INTERNAL)));

        Round back = mapper.readValue(mapper.writeValueAsString(round), Round.class);
        assertThat(back).isEqualTo(round);
        RoundSummary summary = back.summary(Money.ofEuros(1_000_000));
        assertThat(summary).isEqualTo(round.summary(Money.ofEuros(1_000_000)));
        assertThat(summary.ideasReceived()).isEqualTo(43);
        assertThat(summary.count(DecisionKind.GRANTED)).isEqualTo(19);
        assertThat(summary.granted()).isEqualTo(Money.ofEuros(887_685));
        assertThat(summary.remainingBeforeReservations()).isEqualTo(Money.ofEuros(112_315));

        Dossier dossierBack = mapper.readValue(mapper.writeValueAsString(dossier), Dossier.class);
        assertThat(dossierBack).isEqualTo(dossier);
        assertThat(dossierBack.round()).contains(round);
    }

    @Test
    void aPublicRoundNeverHoldsTheNaturalPersonsName() throws IOException {
        Round round = SampleDossiers.sample().round().orElseThrow();
        assertThat(MAPPER.writeValueAsString(round)).doesNotContain(SampleDossiers.PERSON).contains("Particulier");
        assertThat(writer(round).writeValueAsString(round)).contains(SampleDossiers.PERSON);
    }

    @Test
    void aDossierReadsBackWithItsRound() throws IOException {
        Dossier sample = SampleDossiers.sample();
        Round round = sample.round().orElseThrow();
        String json = writer(round).writeValueAsString(sample);
        assertThat(MAPPER.readTree(json).get("round").get("initiatives")).hasSize(round.initiatives().size());
        Dossier back = mapperFor(round).readValue(json, Dossier.class);
        assertThat(back).isEqualTo(sample);
        assertThat(back.round()).contains(round);
        assertThat(MAPPER.writeValueAsString(sample)).doesNotContain(SampleDossiers.PERSON);
    }

    @Test
    void aRoundOfAFrameworkTheMapperDoesNotKnowIsRefusedSayingSo() throws IOException {
        Round round = SampleDossiers.sample().round().orElseThrow();
        String json = writer(round).writeValueAsString(round);
        assertThatThrownBy(() -> MAPPER.readValue(json, Round.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.framework: framework 'kader' is not known to this mapper");
    }

    @Test
    void aDecisionForAnInitiativeNotInTheRoundIsRefusedAtItsPath() throws IOException {
        Round round = revisedReopenedAndReopenedAgain();
        ObjectNode json = (ObjectNode) MAPPER.readTree(writer(round).writeValueAsString(round));
        ObjectNode first = (ObjectNode) json.get("initiatives").get(0);
        ((ObjectNode) first.get("history").get(0).get("decision")).put("initiativeId", "elders");
        ((ObjectNode) first.get("decision")).put("initiativeId", "elders");

        assertThatThrownBy(() -> mapperFor(round).readValue(json.toString(), Round.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.initiatives[0].history[0].decision.initiativeId: the decision is about initiative elders "
                + "(round.decision-mismatch)");
    }

    @Test
    void anAssessmentForAnUnknownCriterionIsRefusedAtItsPath() throws IOException {
        Round round = revisedReopenedAndReopenedAgain();
        ObjectNode json = (ObjectNode) MAPPER.readTree(writer(round).writeValueAsString(round));
        int i = round.indexOf("i2");
        ((ObjectNode) json.get("initiatives").get(i).get("assessment").get("criteria").get(0)).put("criterion", "charme");

        assertThatThrownBy(() -> mapperFor(round).readValue(json.toString(), Round.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.initiatives[" + i + "].assessment: criterion 1 is 'charme', which framework kader does not have");
    }

    @Test
    void aHandEditedRoundGivesEveryProblemAtOnce() throws IOException {
        Round round = revisedReopenedAndReopenedAgain();
        ObjectNode json = (ObjectNode) MAPPER.readTree(writer(round).writeValueAsString(round));
        ArrayNode initiatives = (ArrayNode) json.get("initiatives");
        // i6: the revision's decision claimed as the one in force while the history says otherwise.
        int revised = round.indexOf("i6");
        ((ObjectNode) initiatives.get(revised)).set("decision", initiatives.get(0).get("decision"));
        // i3: its reopening moved before its decision, so there is nothing to reopen.
        int reopened = round.indexOf("i3");
        ArrayNode history = (ArrayNode) initiatives.get(reopened).get("history");
        JsonNode decided = history.remove(0);
        history.add(decided);
        ((ObjectNode) initiatives.get(reopened)).set("decision", decided.get("decision"));
        ((ObjectNode) initiatives.get(reopened)).set("decidedOn", decided.get("decidedOn"));
        // i2: its assessment is another initiative's.
        int other = round.indexOf("i2");
        ((ObjectNode) initiatives.get(other)).set("assessment", initiatives.get(0).get("assessment"));

        assertThatThrownBy(() -> mapperFor(round).readValue(json.toString(), Round.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.initiatives[" + revised + "].decision: must be the decision of the last step of its history (rejected), not granted");

        // With the derived field put right, the parts are checked against each other: both other problems at once.
        ((ObjectNode) initiatives.get(revised)).set("decision", MAPPER.valueToTree(round.decision("i6").orElseThrow()));
        assertThatThrownBy(() -> mapperFor(round).readValue(json.toString(), Round.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("2 problems")
            .hasMessageContaining("$.initiatives[" + reopened + "].history[0]: there is no decision to reopen (allocation.nothing-to-reopen)")
            .hasMessageContaining("$.initiatives[" + other + "].assessment.initiativeId: the assessment is of initiative i1 (round.assessment-mismatch)");
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

    /** A mapper that knows the round's framework, as a host's mapper for the profile would. */
    private static ObjectMapper mapperFor(Round round) {
        return new ObjectMapper().registerModule(new AtelierJacksonModule().withFrameworks(List.of(round.framework())));
    }

    /** An internal writer: a natural person's name is written, and so read back. */
    private static ObjectWriter writer(Round round) {
        return AtelierJacksonModule.writer(mapperFor(round), RoundTripProperties.INTERNAL);
    }

    private static List<String> kinds(JsonNode history) {
        List<String> kinds = new ArrayList<>();
        history.forEach(entry -> kinds.add(entry.get("kind").textValue()));
        return kinds;
    }
}
