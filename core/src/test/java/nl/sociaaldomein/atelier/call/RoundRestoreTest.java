package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * {@link Round#restore}: a round made again from the parts it shows equals it and acts like it;
 * parts that do not hold together are refused, every problem at once, placed at the initiative
 * and the history step.
 */
class RoundRestoreTest {

    private static final List<PotBalance> POT = SmallCall.pot(100_000);
    private static final Text WHY = Text.of("reden", "reason");

    @Test
    void aRoundMadeAgainFromItsPartsIsEqualAndActsTheSame() {
        Round round = decidedRound();
        Round restored = restore(round, histories(round)).orElseThrow();

        assertThat(restored).isEqualTo(round).hasSameHashCodeAs(round);
        assertThat(restored.summary(Money.ofEuros(100_000))).isEqualTo(round.summary(Money.ofEuros(100_000)));
        assertThat(restored.candidates()).isEqualTo(round.candidates());
        assertThat(restored.decisionDate("a")).contains(LocalDate.of(2017, 3, 15));
        // The reopened initiative may be decided again, the granted one only through a revision: in both alike.
        Decision again = Decisions.rejected(round.assessment("c"), List.of(WHY), WHY);
        assertThat(restored.decide(again, POT).orElseThrow()).isEqualTo(round.decide(again, POT).orElseThrow());
        Decision twice = Decisions.rejected(round.assessment("a"), List.of(WHY), WHY);
        assertThat(codes(restored.decide(twice, POT))).containsExactly("allocation.already-decided");
    }

    @Test
    void aRoundDiffersFromOneWithAnotherPart() {
        Round round = decidedRound();
        assertThat(round.closeDecisionPhase()).isNotEqualTo(round);
        assertThat(round.reopen("a", WHY).orElseThrow()).isNotEqualTo(round);
        Round opened = Round.open(round.call(), round.framework(), round.initiatives()).orElseThrow();
        assertThat(opened).isNotEqualTo(round);
        Round receivedLater = Round.open(round.call(), round.framework(), round.initiatives(),
            Map.of("a", LocalDateTime.of(2017, 2, 1, 12, 0)), FundingHistory.NONE).orElseThrow();
        assertThat(receivedLater).isNotEqualTo(opened);
        assertThat(receivedLater.receivedAt("a")).contains(LocalDateTime.of(2017, 2, 1, 12, 0));
        assertThat(opened.receivedAt("a")).isEmpty();
    }

    @Test
    void partsThatDoNotHoldTogetherAreRefusedEveryProblemAtOnce() {
        Round round = decidedRound();
        Map<String, List<DecisionBook.Entry>> histories = histories(round);
        // a decision about another initiative, in b's history
        histories.put("b", List.of(new DecisionBook.Entry(DecisionBook.EntryKind.DECIDED, round.decision("a"), WHY, java.util.Optional.empty())));
        // c reopened before it was decided
        List<DecisionBook.Entry> c = round.book().history("c");
        histories.put("c", List.of(c.get(1), c.get(0)));
        // a history of an initiative outside the call
        histories.put("elders", round.book().history("a"));
        Map<String, AssessmentResult> assessments = assessments(round);
        assessments.put("a", round.assessment("b"));

        Result<Round> restored = Round.restore(round.call(), round.framework(), round.initiatives(), Map.of(), FundingHistory.NONE,
            assessments, histories, false, List.of());

        assertThat(codes(restored)).containsExactly("round.assessment-mismatch", "round.decision-mismatch",
            "allocation.nothing-to-reopen", "round.decision-of-unknown-initiative");
        Problem reopening = restored.problems().get(2);
        assertThat(reopening.place().subject("initiative")).contains("c");
        assertThat(reopening.place().subject("entry")).contains("0");
    }

    @Test
    void aReopeningWithADecisionAndAStepWithoutOneAreMalformed() {
        Round round = decidedRound();
        Map<String, List<DecisionBook.Entry>> histories = histories(round);
        histories.put("a", List.of(new DecisionBook.Entry(DecisionBook.EntryKind.REOPENED, round.decision("a"), WHY, java.util.Optional.empty())));
        histories.put("b", List.of(new DecisionBook.Entry(DecisionBook.EntryKind.DECIDED, java.util.Optional.empty(), WHY, java.util.Optional.empty())));
        assertThat(codes(restore(round, histories))).containsExactly("round.malformed-history", "round.malformed-history");
    }

    /** a granted on a day, b rejected then revised to in-kind, c referred then reopened, d undecided. */
    private static Round decidedRound() {
        List<Initiative> initiatives = List.of(SmallCall.initiative("a", 10_000), SmallCall.initiative("b", 20_000),
            SmallCall.initiative("c", 5_000), SmallCall.initiative("d", 7_000));
        List<AssessorScore> scores = new java.util.ArrayList<>();
        for (Initiative initiative : initiatives) {
            scores.addAll(SmallCall.uniformScores(initiative.id(), 7));
        }
        Round round = SmallCall.round(Money.ofEuros(25_000), initiatives, scores, Map.of("b", LocalDateTime.of(2017, 1, 5, 9, 30)));
        round = round.decide(Decisions.granted(round.assessment("a"), SmallCall.POT, Money.ofEuros(10_000), WHY, List.of()), POT,
            LocalDate.of(2017, 3, 15)).orElseThrow();
        round = round.decide(Decisions.rejected(round.assessment("b"), List.of(WHY), WHY), POT).orElseThrow();
        round = round.revise(Decisions.inKind(round.assessment("b"), "ruimte", WHY), WHY, POT).orElseThrow();
        round = round.decide(Decisions.referred(round.assessment("c"), "WIJ-team", WHY), POT).orElseThrow();
        return round.reopen("c", WHY).orElseThrow().closeDecisionPhase().reopenCall(WHY).orElseThrow();
    }

    private static Result<Round> restore(Round round, Map<String, List<DecisionBook.Entry>> histories) {
        Map<String, LocalDateTime> receipts = new HashMap<>();
        round.initiatives().forEach(i -> round.receivedAt(i.id()).ifPresent(t -> receipts.put(i.id(), t)));
        return Round.restore(round.call(), round.framework(), round.initiatives(), receipts, round.fundingHistory(),
            assessments(round), histories, round.isDecisionPhaseClosed(), round.reopenings());
    }

    private static Map<String, AssessmentResult> assessments(Round round) {
        Map<String, AssessmentResult> out = new HashMap<>();
        round.initiatives().forEach(i -> out.put(i.id(), round.assessment(i.id())));
        return out;
    }

    private static Map<String, List<DecisionBook.Entry>> histories(Round round) {
        Map<String, List<DecisionBook.Entry>> out = new HashMap<>();
        round.initiatives().forEach(i -> out.put(i.id(), round.book().history(i.id())));
        return out;
    }

    private static List<String> codes(Result<?> result) {
        return result.problems().stream().map(Problem::code).toList();
    }
}
