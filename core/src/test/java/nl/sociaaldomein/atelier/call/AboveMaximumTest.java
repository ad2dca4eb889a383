package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.assessment.ScoreSheet;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A request above the maximum per initiative is decided for that initiative, never a reason for
 * the round to fail: refused, or granted at most the maximum. The framework here has no amount
 * rule, so only the library's rule stands between a large request and a grant.
 */
class AboveMaximumTest {

    private static final CriteriaFramework NO_AMOUNT_RULE = CriteriaFramework.of("plain", Text.of("Kader", "Framework"),
        List.of(Criterion.scored("need", Text.of("Nodig", "Needed"), new Scale(1, 5), 100)), Optional.of(100), 0, ScoreCombinations.MEAN).orElseThrow();

    private static Round round(Call call, List<Long> euros) {
        List<Initiative> initiatives = new ArrayList<>();
        List<AssessorScore> scores = new ArrayList<>();
        for (int i = 0; i < euros.size(); i++) {
            initiatives.add(SmallCall.initiative("i" + i, euros.get(i)));
            scores.add(new AssessorScore("a", "i" + i, "need", 5 - i % 5));
        }
        return Round.open(call, NO_AMOUNT_RULE, initiatives).orElseThrow().assess(scores).orElseThrow();
    }

    private static Call call(long maximumEuros, AboveMaximum rule) {
        return Call.builder().from(SmallCall.call(Money.ofEuros(maximumEuros))).aboveMaximum(rule).build();
    }

    @Test
    void aRequestAboveTheMaximumIsRefusedForThatInitiativeAlone() {
        Allocation allocation = round(call(20_000, AboveMaximum.REFUSE), List.of(25_000L, 10_000L))
            .trial(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART), SmallCall.pot(100_000)).orElseThrow();
        Decision tooLarge = allocation.decisions().stream().filter(d -> d.initiativeId().equals("i0")).findFirst().get();
        assertThat(tooLarge.kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(tooLarge.motivationText(Locale.forLanguageTag("nl-NL")))
            .contains("het gevraagde bedrag (€ 25.000) is meer dan het maximum per initiatief (€ 20.000)");
        assertThat(allocation.budgetEffect().grantedTotal()).isEqualTo(Money.ofEuros(10_000));
    }

    @Test
    void aRequestAboveTheMaximumIsGrantedTheMaximumWhenTheCallSaysSo() {
        Allocation allocation = round(call(20_000, AboveMaximum.GRANT_MAXIMUM), List.of(25_000L, 10_000L))
            .trial(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART), SmallCall.pot(100_000)).orElseThrow();
        Decision.Granted capped = (Decision.Granted) allocation.decisions().stream().filter(d -> d.initiativeId().equals("i0")).findFirst().get();
        assertThat(capped.amount()).isEqualTo(Money.ofEuros(20_000));
        assertThat(capped.motivationText(Locale.ENGLISH)).contains("granted up to the maximum per initiative (€20,000 of €25,000)");
    }

    @Test
    void theStricterLimitOfCallAndProfileWins() {
        Thresholds profile = Thresholds.of(Map.of("max-per-initiative", "20000", "min-per-initiative", "1000", "above-maximum", "grant-maximum"));
        Call generous = profile.applyTo(call(30_000, AboveMaximum.REFUSE));
        assertThat(generous.maximumAmount()).isEqualTo(Money.ofEuros(20_000));
        assertThat(generous.minimumAmount()).isEqualTo(Money.ofEuros(1_000));
        assertThat(generous.aboveMaximum()).isEqualTo(AboveMaximum.GRANT_MAXIMUM);
        Call strict = profile.applyTo(Call.builder().from(call(15_000, AboveMaximum.REFUSE)).minimumAmount(Money.ofEuros(2_000)).build());
        assertThat(strict.maximumAmount()).isEqualTo(Money.ofEuros(15_000));
        assertThat(strict.minimumAmount()).isEqualTo(Money.ofEuros(2_000));
    }

    @Test
    void aReconciledMinimumAboveTheMaximumKeepsTheRoundFromOpening() {
        Thresholds profile = Thresholds.of(Map.of("max-per-initiative", "20000", "min-per-initiative", "5000"));
        Call call = profile.applyTo(call(4_000, AboveMaximum.REFUSE));
        assertThat(Round.open(call, NO_AMOUNT_RULE, List.of()).problems().get(0).toString()).contains("minimumbedrag € 5.000 moet tussen € 0 en het maximum € 4.000");
    }

    private static final List<AllocationPolicy> POLICIES = List.of(new RankedPolicy(WhenItDoesNotFit.SKIP),
        new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART), new FirstComeFirstServedPolicy(WhenItDoesNotFit.END_ROUND), new ProRataPolicy());

    record Case(List<Long> requests, long maximum, long pot, int policy, boolean grantMaximum) {
    }

    @Test
    void noPolicyGrantsAboveTheMaximumAndNoRoundFailsOverIt() {
        Gen<Case> cases = source -> new Case(Gen.lists(Gen.longs(1, 60_000), 0, 12, 5).generate(source), Gen.longs(1, 40_000).generate(source),
            Gen.longs(0, 200_000).generate(source), Gen.ints(0, POLICIES.size() - 1).generate(source), Gen.booleans().generate(source));
        Property.named("no grant above the maximum per initiative, whatever is asked").forAll(cases).check(c -> {
            AboveMaximum rule = c.grantMaximum() ? AboveMaximum.GRANT_MAXIMUM : AboveMaximum.REFUSE;
            Round round = round(call(c.maximum(), rule), c.requests());
            Allocation allocation = round.trial(POLICIES.get(c.policy()), SmallCall.pot(c.pot())).orElseThrow();
            for (Decision decision : allocation.decisions()) {
                long asked = c.requests().get(Integer.parseInt(decision.initiativeId().substring(1)));
                if (decision instanceof Decision.Granted granted) {
                    assertThat(granted.amount()).isLessThanOrEqualTo(Money.ofEuros(c.maximum()));
                    assertThat(rule == AboveMaximum.REFUSE && asked > c.maximum()).as("a refused request was granted").isFalse();
                }
            }
            assertThat(allocation.budgetEffect().grantedTotal()).isLessThanOrEqualTo(Money.ofEuros(c.pot()));
        });
    }

    @Test
    void theColumnarPathDecidesALargeRequestAsTheObjectPathDoes() {
        for (AboveMaximum rule : AboveMaximum.values()) {
            Call call = call(20_000, rule);
            List<Long> euros = List.of(25_000L, 10_000L, 30_000L);
            List<Initiative> initiatives = new ArrayList<>();
            for (int i = 0; i < euros.size(); i++) {
                initiatives.add(SmallCall.initiative("i" + i, euros.get(i)));
            }
            ScoreSheet sheet = ScoreSheet.of("a", 1, new int[] {5, 4, 3});
            Allocation columnar = Round.open(call, NO_AMOUNT_RULE, initiatives).orElseThrow().assess(sheet).orElseThrow()
                .trial(new RankedPolicy(WhenItDoesNotFit.SKIP), SmallCall.pot(100_000)).orElseThrow();
            Allocation objects = round(call, euros).trial(new RankedPolicy(WhenItDoesNotFit.SKIP), SmallCall.pot(100_000)).orElseThrow();
            assertThat(columnar.budgetEffect()).as(rule.code()).isEqualTo(objects.budgetEffect());
        }
    }
}
