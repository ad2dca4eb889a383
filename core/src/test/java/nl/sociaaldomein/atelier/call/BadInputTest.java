package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a clear rejection, collecting all problems, that changes nothing. */
class BadInputTest {

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.describe(java.util.Locale.forLanguageTag("nl-NL"))).toList();
    }

    @Test
    void weightsThatDoNotAddUpAreRejected() {
        Scale scale = new Scale(0, 10);
        List<Problem> problems = CriteriaFramework.of("k", Text.of("k", "k"), List.of(
                Criterion.scored("a", Text.of("A", "A"), scale, 30),
                Criterion.scored("b", Text.of("B", "B"), scale, 30),
                Criterion.scored("b", Text.of("B2", "B2"), scale, 0)),
            Optional.of(100), 0, ScoreCombinations.MEAN).problems();
        assertThat(messages(problems)).anySatisfy(m -> assertThat(m).contains("de gewichten tellen op tot 60, het kader vraagt 100"))
            .anySatisfy(m -> assertThat(m).contains("criterion 'b': criterium-id is leeg of komt vaker voor"))
            .anySatisfy(m -> assertThat(m).contains("gewicht moet positief zijn, niet 0"));
        assertThat(problems).extracting(Problem::code)
            .contains("assessment.weights-not-required-total", "assessment.criterion-id-not-unique", "assessment.weight-not-positive");
    }

    @Test
    void scoresOutsideTheScaleAndUnknownInitiativesOrCriteriaAreAllReported() {
        Round round = Round.open(SmallCall.call(Money.ofEuros(50_000)), SmallCall.framework(),
            List.of(SmallCall.initiative("i1", 10_000))).orElseThrow();
        List<Problem> problems = round.assess(List.of(
            new AssessorScore("a", "i1", "need", 11),
            new AssessorScore("a", "nobody", "need", 5),
            new AssessorScore("a", "i1", "beauty", 5),
            new AssessorScore("a", "i1", "amount", 1))).problems();
        assertThat(messages(problems)).hasSize(4)
            .anySatisfy(m -> assertThat(m).contains("score 11 ligt buiten de schaal 0–10"))
            .anySatisfy(m -> assertThat(m).contains("onbekend initiatief nobody"))
            .anySatisfy(m -> assertThat(m).contains("onbekend criterium beauty"))
            .anySatisfy(m -> assertThat(m).contains("automatische regel"));
        assertThat(round.assessment("i1").isAssessed()).as("the rejected assessment changed nothing").isFalse();
    }

    @Test
    void anAmountAboveTheCallsMaximumIsRejected() {
        Round round = SmallCall.round(Money.ofEuros(50_000), List.of(SmallCall.initiative("i1", 60_000)),
            SmallCall.uniformScores("i1", 8), Map.of());
        Decision tooMuch = Decisions.granted(round.assessment("i1"), SmallCall.POT, Money.ofEuros(60_000), Text.of("x", "x"), List.of());
        List<Problem> problems = round.decide(tooMuch, SmallCall.pot(1_000_000)).problems();
        assertThat(messages(problems)).containsExactly(
            "initiative 'i1', call 'test-call': toegekend € 60.000 is meer dan het maximum van de oproep (€ 50.000)");
        assertThat(round.decision("i1")).isEmpty();
        // The automatic rule also knocks the request out, so no policy would fund it.
        assertThat(round.assessment("i1").isEligible()).isFalse();
    }

    @Test
    void aCallWhosePhasesAreOutOfOrderIsRejectedWithEveryProblem() {
        Call call = Call.builder().from(SmallCall.call(Money.ofEuros(50_000))).phases(List.of(
                PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2017, 3, 1), LocalDate.of(2017, 2, 1)),
                PhaseWindow.of(Phase.OPEN_FOR_IDEAS, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 28))))
            .minimumAmount(Money.ofEuros(60_000)).build();
        List<Problem> problems = Round.open(call, SmallCall.framework(), List.of()).problems();
        assertThat(messages(problems)).hasSize(3)
            .anySatisfy(m -> assertThat(m).contains("phase 'DECISIONS': eindigt (2017-02-01) voordat hij begint"))
            .anySatisfy(m -> assertThat(m).contains("phase 'OPEN_FOR_IDEAS': staat na DECISIONS"))
            .anySatisfy(m -> assertThat(m).contains("minimumbedrag € 60.000"));
        assertThat(problems).extracting(Problem::code)
            .containsExactlyInAnyOrder("call.minimum-outside-range", "call.phase-ends-before-start", "call.phase-out-of-order");
        assertThat(problems).extracting(Problem::kind).containsOnly(ProblemKind.INVALID);
    }

    @Test
    void aDecisionForAnInitiativeOutsideTheCallIsRejected() {
        Round round = SmallCall.round(Money.ofEuros(50_000), List.of(SmallCall.initiative("i1", 10_000)),
            SmallCall.uniformScores("i1", 8), Map.of());
        Round other = SmallCall.round(Money.ofEuros(50_000), List.of(SmallCall.initiative("x9", 10_000)),
            SmallCall.uniformScores("x9", 8), Map.of());
        Decision stranger = Decisions.granted(other.assessment("x9"), SmallCall.POT, Money.ofEuros(10_000), Text.of("x", "x"), List.of());
        List<Problem> problems = round.trial(new CommitteePolicy(List.of(stranger)), SmallCall.pot(100_000)).problems();
        assertThat(messages(problems)).containsExactly("initiative 'x9', call 'test-call': hoort niet bij oproep test-call");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("allocation.unknown-initiative");
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_FOUND);
            assertThat(p.place().subject("initiative")).contains("x9");
            assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("is not part of call test-call");
        });
    }

    @Test
    void aCommitteeCannotGrantMoreThanThePotHasAvailable() {
        Round round = SmallCall.round(Money.ofEuros(50_000),
            List.of(SmallCall.initiative("i1", 40_000), SmallCall.initiative("i2", 40_000)),
            concat(SmallCall.uniformScores("i1", 8), SmallCall.uniformScores("i2", 8)), Map.of());
        Text rule = Text.of("commissie", "committee");
        CommitteePolicy committee = new CommitteePolicy(List.of(
            Decisions.granted(round.assessment("i1"), SmallCall.POT, Money.ofEuros(40_000), rule, List.of()),
            Decisions.granted(round.assessment("i2"), SmallCall.POT, Money.ofEuros(40_000), rule, List.of())));
        List<PotBalance> partlySpent = List.of(new PotBalance(SmallCall.POT, Money.ofEuros(100_000), Money.ofEuros(20_000), Money.ofEuros(5_000)));
        assertThat(messages(round.trial(committee, partlySpent).problems()))
            .containsExactly("pot 'innovatie': de besluiten vragen € 80.000, beschikbaar is € 75.000 (plafond € 100.000)");
    }

    @SafeVarargs
    static <T> List<T> concat(List<T>... lists) {
        List<T> all = new java.util.ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
