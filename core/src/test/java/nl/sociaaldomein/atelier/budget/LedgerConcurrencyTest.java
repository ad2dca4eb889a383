package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import org.junit.jupiter.api.Test;

/** Threads racing to grant from one pot never overspend it, and every accepted entry is there once. */
class LedgerConcurrencyTest {

    static final int THREADS = 8;
    static final int GRANTS_PER_THREAD = 2_000;
    static final LocalDate DAY = LocalDate.of(2016, 5, 31);

    @Test
    void racingGrantsNeverExceedTheCeilingAndEachAcceptedEntryIsPresentOnce() throws Exception {
        Ledger ledger = Ledger.create(GroningenBudget.tree());
        ConcurrentLinkedQueue<LedgerEntry> accepted = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    await(start);
                    for (int i = 0; i < GRANTS_PER_THREAD; i++) {
                        // Threads share ids in pairs (t and t^1 post the same entries), so retries race too.
                        String id = "g-" + (thread / 2) + "-" + i;
                        LedgerEntry entry = Entries.grant(id, DAY, "i-" + (thread / 2) + "-" + i, "Initiatief " + id,
                            Money.ofCents(100 + (long) (thread / 2 * 7 + i % 13) * 10_000), GroningenBudget.WMO);
                        Result<Posted> posted = ledger.post(entry);
                        if (posted.isOk() && !posted.orElseThrow().duplicate()) {
                            accepted.add(entry);
                        }
                    }
                }));
            }
            futures.add(pool.submit(() -> {
                await(start);
                for (int i = 0; i < 200; i++) {
                    PotView wmo = ledger.view(DAY).pot(GroningenBudget.WMO).orElseThrow();
                    assertThat(wmo.remaining().isNegative()).isFalse();
                }
            }));
            start.countDown();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        PotView wmo = ledger.view().pot(GroningenBudget.WMO).orElseThrow();
        Money acceptedTotal = Money.sum(accepted.stream().map(e -> ((LedgerEntry.Grant) e).amount()).toList());
        assertThat(wmo.granted()).isEqualTo(acceptedTotal);
        assertThat(wmo.granted().isGreaterThan(wmo.ceiling())).isFalse();
        assertThat(wmo.remaining().isNegative()).isFalse();
        // The pot was filled until no generated grant fitted: rejections really raced with acceptances.
        assertThat(accepted.size()).isBetween(10, THREADS / 2 * GRANTS_PER_THREAD - 1);

        List<LedgerEntry> entries = ledger.entries();
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> assertThat(ids.add(e.id())).as("entry %s once", e.id()).isTrue());
        assertThat(entries).hasSameSizeAs(accepted).containsExactlyInAnyOrderElementsOf(accepted);
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
