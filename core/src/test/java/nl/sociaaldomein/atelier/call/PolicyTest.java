package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** The allocation policies on a small round: scores 9, 8, 7 and 6; requests € 40.000, € 30.000, € 20.000, € 10.000; pot € 60.000. */
class PolicyTest {

    private final Round round = SmallCall.round(Money.ofEuros(50_000),
        List.of(SmallCall.initiative("d", 10_000), SmallCall.initiative("c", 20_000),
            SmallCall.initiative("b", 30_000), SmallCall.initiative("a", 40_000)),
        BadInputTest.concat(SmallCall.uniformScores("a", 9), SmallCall.uniformScores("b", 8),
            SmallCall.uniformScores("c", 7), SmallCall.uniformScores("d", 6)),
        Map.of("a", LocalDateTime.of(2017, 2, 4, 9, 0), "b", LocalDateTime.of(2017, 2, 3, 9, 0),
            "c", LocalDateTime.of(2017, 2, 2, 9, 0), "d", LocalDateTime.of(2017, 2, 1, 9, 0)));
    private final List<PotBalance> pot = SmallCall.pot(60_000);

    private Map<String, Long> granted(AllocationPolicy policy) {
        Allocation allocation = round.trial(policy, pot).orElseThrow();
        return allocation.decisions().stream().filter(d -> d instanceof Decision.Granted)
            .collect(java.util.stream.Collectors.toMap(Decision::initiativeId, d -> ((Decision.Granted) d).amount().cents() / 100));
    }

    @Test
    void rankedSkipsWhatDoesNotFitAndTriesTheNext() {
        assertThat(granted(new RankedPolicy(WhenItDoesNotFit.SKIP))).isEqualTo(Map.of("a", 40_000L, "c", 20_000L));
    }

    @Test
    void rankedCanEndTheRoundAtTheFirstThatDoesNotFit() {
        assertThat(granted(new RankedPolicy(WhenItDoesNotFit.END_ROUND))).isEqualTo(Map.of("a", 40_000L));
    }

    @Test
    void rankedCanFundTheLastInPartAsAwb425Allows() {
        Allocation allocation = round.trial(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART), pot).orElseThrow();
        assertThat(granted(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART))).isEqualTo(Map.of("a", 40_000L, "b", 20_000L));
        assertThat(allocation.decisionFor("b").get().motivationText(Locale.forLanguageTag("nl")))
            .contains("deels toegekend (€ 20.000 van € 30.000)").contains("Awb art. 4:25 lid 2");
        assertThat(allocation.decisionFor("c").get().kind()).isEqualTo(DecisionKind.REJECTED);
    }

    @Test
    void firstComeFirstServedFollowsReceipt() {
        assertThat(granted(new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP))).isEqualTo(Map.of("d", 10_000L, "c", 20_000L, "b", 30_000L));
    }

    @Test
    void proRataGivesEveryoneTheSameFractionToTheCent() {
        // € 60.000 over € 100.000 asked: 60 % each.
        assertThat(granted(new ProRataPolicy())).isEqualTo(Map.of("a", 24_000L, "b", 18_000L, "c", 12_000L, "d", 6_000L));
        Allocation allocation = round.trial(new ProRataPolicy(), pot).orElseThrow();
        assertThat(allocation.decisionFor("a").get().motivationText(Locale.ENGLISH)).contains("every request gets €60,000 / €100,000");
        assertThat(allocation.decisionFor("a").get().motivationText(Locale.forLanguageTag("nl"))).contains("iedere aanvraag krijgt € 60.000 / € 100.000");
    }

    @Test
    void aRoundSummaryCountsWhatWasAllocated() {
        Round decided = round.apply(round.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), pot).orElseThrow(), pot).orElseThrow();
        RoundSummary summary = decided.summary(Money.ofEuros(60_000));
        assertThat(summary.requested()).isEqualTo(Money.ofEuros(100_000));
        assertThat(summary.perKind().get(DecisionKind.GRANTED)).isEqualTo(new RoundSummary.KindTotal(2, Money.ofEuros(60_000)));
        assertThat(summary.count(DecisionKind.REJECTED)).isEqualTo(2);
        assertThat(summary.remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void twoTrialRunsCompareForWhomAndWhy() {
        Allocation skip = round.trial(new RankedPolicy(WhenItDoesNotFit.SKIP), pot).orElseThrow();
        Allocation inPart = round.trial(new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART), pot).orElseThrow();
        List<AllocationComparison.Change> changes = AllocationComparison.compare(skip, inPart);
        assertThat(changes).extracting(AllocationComparison.Change::initiativeId).containsExactlyInAnyOrder("b", "c");
        AllocationComparison.Change b = changes.stream().filter(c -> c.initiativeId().equals("b")).findFirst().get();
        assertThat(b.why().nl()).startsWith("afgewezen → toegekend (€ 20.000 toegekend uit pot innovatie); reden: rangorde op totaalscore; deels toegekend");
        assertThat(b.why().en()).startsWith("rejected → granted (€20,000 granted from pot innovatie)");
    }
}
