package nl.sociaaldomein.atelier.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/** Invariants of allocation, on generated rounds. */
class AllocationProperties {

    /** One generated initiative: request in cents, a score per scored criterion (-1 = not scored), day of receipt. */
    record Entrant(long requestCents, List<Integer> scores, int day) {
    }

    /** A generated round: entrants, the pot as the ledger shows it, which policy, and a shuffle seed. */
    record Scenario(List<Entrant> entrants, long ceiling, long granted, long reserved, int policy, long shuffle) {
    }

    private static final Gen<Entrant> ENTRANT = source -> new Entrant(
        Gen.longs(0, 6_000_000L).generate(source),
        Gen.lists(Gen.ints(-1, 10), 3, 3, 0).generate(source),
        Gen.ints(1, 5).generate(source));

    private static final Gen<Scenario> SCENARIO = source -> new Scenario(
        Gen.lists(ENTRANT, 0, 25, 8).generate(source),
        Gen.longs(0, 20_000_000L).generate(source),
        Gen.longs(0, 10_000_000L).generate(source),
        Gen.longs(0, 5_000_000L).generate(source),
        Gen.ints(0, 6).generate(source), // an index into the seven POLICIES
        Gen.longs(0, Long.MAX_VALUE / 2).generate(source));

    private static final List<AllocationPolicy> POLICIES = List.of(
        new RankedPolicy(WhenItDoesNotFit.SKIP), new RankedPolicy(WhenItDoesNotFit.END_ROUND), new RankedPolicy(WhenItDoesNotFit.FUND_IN_PART),
        new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP), new FirstComeFirstServedPolicy(WhenItDoesNotFit.END_ROUND),
        new FirstComeFirstServedPolicy(WhenItDoesNotFit.FUND_IN_PART), new ProRataPolicy());

    private static Round round(List<Entrant> entrants, List<Integer> order) {
        List<Initiative> initiatives = new ArrayList<>();
        List<AssessorScore> scores = new ArrayList<>();
        Map<String, LocalDateTime> receipts = new HashMap<>();
        for (int i : order) {
            Entrant e = entrants.get(i);
            String id = String.format("i%02d", i);
            initiatives.add(Initiative.builder().id(id).title(id)
                .applicant(nl.sociaaldomein.atelier.initiative.Applicant.naturalPerson("p" + i))
                .requestedAmount(Money.ofCents(e.requestCents())).build());
            for (int k = 0; k < 3; k++) {
                if (e.scores().get(k) >= 0) {
                    scores.add(new AssessorScore("a", id, SmallCall.SCORED.get(k), e.scores().get(k)));
                }
            }
            receipts.put(id, LocalDateTime.of(2017, 2, e.day(), 9, 0));
        }
        return SmallCall.round(Money.ofEuros(50_000), initiatives, scores, receipts);
    }

    private static List<Integer> identity(int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        return order;
    }

    private static PotBalance pot(Scenario s) {
        return new PotBalance(SmallCall.POT, Money.ofCents(s.ceiling()), Money.ofCents(s.granted()), Money.ofCents(s.reserved()));
    }

    @Test
    void noPolicyEverExceedsTheAvailableAmount() {
        Tally tally = new Tally();
        Property.named("no allocation exceeds the pot's available amount").forAll(SCENARIO).check(s -> {
            PotBalance pot = pot(s);
            Allocation allocation = round(s.entrants(), identity(s.entrants().size())).trial(POLICIES.get(s.policy()), List.of(pot)).orElseThrow();
            Money claimed = allocation.budgetEffect().grantedTotal().plus(allocation.budgetEffect().reservedTotal());
            assertThat(claimed).isLessThanOrEqualTo(pot.available());
            tally.add(claimed.equals(pot.available()) ? "pot exhausted" : "pot left over");
        });
        if (Settings.fullRun()) {
            assertThat(tally.fraction("pot exhausted")).as("%s", tally).isGreaterThan(0.05);
            assertThat(tally.fraction("pot left over")).as("%s", tally).isGreaterThan(0.05);
        }
    }

    @Test
    void aCommitteeOverspendingThePotIsRefused() {
        Property.named("committee grants beyond the available amount are refused").forAll(SCENARIO).check(s -> {
            Round round = round(s.entrants(), identity(s.entrants().size()));
            List<Decision> grants = round.candidates().stream().filter(c -> c.requested().isPositive())
                .map(c -> (Decision) Decisions.granted(c.assessment(), SmallCall.POT, c.requested(), Text.of("c", "c"), List.of())).toList();
            Money asked = Money.sum(grants.stream().map(d -> d.budgetEffect().grantedTotal()).toList());
            boolean overMaximum = round.candidates().stream().anyMatch(c -> c.requested().isGreaterThan(Money.ofEuros(50_000)));
            boolean accepted = round.trial(new CommitteePolicy(grants), List.of(pot(s))).isOk();
            assertThat(accepted).isEqualTo(!asked.isGreaterThan(pot(s).available()) && !overMaximum);
        });
    }

    @Test
    void rankedAllocationDoesNotDependOnInputOrder() {
        Property.named("ranked allocation is deterministic under reordering").forAll(SCENARIO).check(s -> {
            List<Integer> shuffled = identity(s.entrants().size());
            Collections.shuffle(shuffled, new Random(s.shuffle()));
            for (WhenItDoesNotFit mode : WhenItDoesNotFit.values()) {
                RankedPolicy ranked = new RankedPolicy(mode);
                assertThat(outcome(round(s.entrants(), shuffled).trial(ranked, List.of(pot(s))).orElseThrow()))
                    .isEqualTo(outcome(round(s.entrants(), identity(s.entrants().size())).trial(ranked, List.of(pot(s))).orElseThrow()));
            }
        });
    }

    @Test
    void theFastSortsAgreeWithTheStatedOrders() {
        Property.named("RankOrder.ranked/byReceipt sort as COMPARATOR/BY_RECEIPT").forAll(SCENARIO).check(s -> {
            List<Candidate> candidates = round(s.entrants(), identity(s.entrants().size())).candidates();
            assertThat(RankOrder.ranked(candidates)).isEqualTo(candidates.stream().sorted(RankOrder.COMPARATOR).toList());
            assertThat(RankOrder.byReceipt(candidates)).isEqualTo(candidates.stream().sorted(RankOrder.BY_RECEIPT).toList());
        });
    }

    private static Map<String, String> outcome(Allocation allocation) {
        return allocation.decisions().stream().collect(Collectors.toMap(Decision::initiativeId,
            d -> d.kind() + " " + d.budgetEffect() + " " + d.motivation().decidingRule()));
    }

    @Test
    void proRataNeverPaysMoreThanRequested() {
        Property.named("pro rata never pays more than requested, nor more than available").forAll(SCENARIO).check(s -> {
            Round round = round(s.entrants(), identity(s.entrants().size()));
            Allocation allocation = round.trial(new ProRataPolicy(), List.of(pot(s))).orElseThrow();
            for (Decision decision : allocation.decisions()) {
                if (decision instanceof Decision.Granted granted) {
                    assertThat(granted.amount()).isLessThanOrEqualTo(round.initiative(granted.initiativeId()).requestedAmount().get());
                }
            }
            assertThat(allocation.budgetEffect().grantedTotal()).isLessThanOrEqualTo(pot(s).available());
        });
    }

    @Test
    void everyDecisionIsMotivatedOnEveryCriterion() {
        Property.named("every decision's motivation covers every criterion").forAll(SCENARIO).check(s -> {
            Round round = round(s.entrants(), identity(s.entrants().size()));
            Allocation allocation = round.trial(POLICIES.get(s.policy()), List.of(pot(s))).orElseThrow();
            assertThat(allocation.decisions()).hasSize(s.entrants().size());
            for (Decision decision : allocation.decisions()) {
                assertThat(decision.motivation().criterionResults()).extracting(r -> r.criterion().id())
                    .containsExactlyElementsOf(round.framework().criteria().stream().map(c -> c.id()).toList());
                String text = decision.motivationText(Locale.forLanguageTag("nl"));
                for (CriterionResult result : decision.motivation().criterionResults()) {
                    assertThat(text).contains(result.criterion().label().nl());
                }
                assertThat(text).contains("Doorslaggevend: ").contains("Budgeteffect: ");
            }
        });
    }
}
