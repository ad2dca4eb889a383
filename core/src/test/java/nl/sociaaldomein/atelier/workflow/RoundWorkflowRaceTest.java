package nl.sociaaldomein.atelier.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.CommitteePolicy;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Rounds run by {@link RoundWorkflow} race with threads posting single entries and batches, in
 * date order and late, on one ledger: no run throws, each round is posted whole or not at all,
 * and no day's view of any pot is ever over its ceiling.
 */
class RoundWorkflowRaceTest {

    static final int ROUND_THREADS = 3;
    static final int ROUNDS_PER_THREAD = 700;
    static final int POSTING_THREADS = 2;
    static final int POSTS_PER_THREAD = 1_500;
    static final LocalDate DECIDED = RoundWorkflowTest.DECIDED;
    /** Room for about a third of the rounds, besides what the other threads take. */
    static final BudgetTree TREE = BudgetTree.ofValid(
        Pot.programme("programma", "Programma", Money.ofEuros(8_000_000), BudgetPeriod.year(2017)),
        Pot.child("pot", "Pot", Money.ofEuros(4_000_000), BudgetPeriod.year(2017), "programma"),
        Pot.child("ander", "Andere pot", Money.ofEuros(4_000_000), BudgetPeriod.year(2017), "programma"));

    @Test
    void roundsRacingWithOtherPostingsNeverThrowNeverHalfPostAndNeverExceedACeiling() throws Exception {
        Ledger ledger = Ledger.create(TREE);
        ConcurrentLinkedQueue<String> posted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger otherAccepted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ROUND_THREADS + POSTING_THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < ROUND_THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    await(start);
                    for (int i = 0; i < ROUNDS_PER_THREAD; i++) {
                        String callId = "ronde-" + thread + "-" + i;
                        var run = RoundWorkflow.run(plan(callId), RoundWorkflowTest.FRAMEWORK, new CommitteePolicy(List.of()), ledger);
                        (run.isOk() ? posted : refused).add(callId);
                        if (run.isFailed()) {
                            assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message().en()).contains("ledger refuses"));
                        }
                    }
                }));
            }
            for (int t = 0; t < POSTING_THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    await(start);
                    for (int i = 0; i < POSTS_PER_THREAD; i++) {
                        // Dates around the rounds' decision day, so that some postings are late and some rounds are.
                        LocalDate date = DECIDED.plusDays((i * 7L + thread * 3L) % 21 - 10);
                        String id = "other-" + thread + "-" + i;
                        LedgerEntry grant = new LedgerEntry.Grant(id, date, "los", "tester", id, "Los " + id,
                            Money.ofEuros(1_000 + (i % 7) * 500L), List.of(Funding.of(i % 2 == 0 ? "pot" : "ander")), Optional.empty());
                        var answer = i % 5 == 0
                            ? ledger.post(List.of(grant, new LedgerEntry.Advance(id + "/voorschot", date, "voorschot", "tester", id,
                                Money.ofEuros(500))))
                            : ledger.post(grant);
                        if (answer.isOk()) {
                            otherAccepted.incrementAndGet();
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(posted.size() + refused.size()).isEqualTo(ROUND_THREADS * ROUNDS_PER_THREAD);
        // The pots filled up while the threads ran: rounds were both accepted and refused, and so were the others.
        assertThat(posted).isNotEmpty();
        assertThat(refused).isNotEmpty();
        assertThat(otherAccepted.get()).isPositive();
        for (String callId : posted) {
            assertThat(List.of("grant/a", "deferral/b", "reservation/later"))
                .allSatisfy(entry -> assertThat(ledger.entry(RoundPostings.idPrefix(callId) + entry)).as("%s %s", callId, entry).isPresent());
        }
        for (String callId : refused) {
            assertThat(ledger.recorded()).noneMatch(r -> r.entry().id().startsWith(RoundPostings.idPrefix(callId)));
        }
        for (int day = -11; day <= 11; day++) {
            BudgetView view = ledger.view(DECIDED.plusDays(day));
            for (PotView pot : view.pots().values()) {
                assertThat(pot.remaining().isNegative()).as("%s on %s", pot.id(), DECIDED.plusDays(day)).isFalse();
            }
        }
    }

    /** The synthetic round of {@link RoundWorkflowTest} under its own call id. */
    private static RoundPlan plan(String callId) {
        Portfolio portfolio = Portfolio.builder().municipality(RoundWorkflowTest.TOWN).addInitiatives(RoundWorkflowTest.initiative("a", 4_000),
            RoundWorkflowTest.initiative("b", 3_000), RoundWorkflowTest.initiative("c", 2_000)).build();
        Call call = Call.builder().id(callId).municipality(RoundWorkflowTest.TOWN).name("Ronde " + callId).potId("pot")
            .maximumAmount(Money.ofEuros(5_000)).addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2017, 3, 1), DECIDED)).build();
        CommitteeDecisions committee = new CommitteeDecisions(DECIDED, Text.of("commissie", "committee"), List.of(
            new PlannedDecision.Granted("a", Map.of("pot", Money.ofEuros(3_000), "ander", Money.ofEuros(1_000)), List.of("verslag")),
            new PlannedDecision.Deferred("b", Optional.of(Money.ofEuros(2_500))),
            new PlannedDecision.Rejected("c", List.of("past niet"))),
            List.of(new PlannedReservation("later", "pot", Money.ofEuros(1_000), "later in het jaar")));
        return new RoundPlan(Optional.of("test"), portfolio, TREE, call, "kader", List.of(), Optional.of(committee));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
