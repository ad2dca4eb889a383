package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerBatch;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.budget.RecordedEntry;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The journal-level {@link CrashTest} at the level of the ledger: a child JVM posts ledger
 * batches and prints each acknowledged one; the test kills it with {@code kill -9} at random
 * moments and then opens the ledger from the store as a restarted application would. Every
 * acknowledged batch is there whole, the ledger rebuilds (the chain verifies, every stored entry
 * decodes and its rules accept it), the pot's figures are the sum of what is stored, and the
 * batch the child may have been writing when it died can be posted again under its batch id:
 * it is then kept exactly once, whether or not the dead process had stored it.
 */
class LedgerCrashTest {

    static final BudgetTree TREE = BudgetTree.ofValid(
        Pot.programme("pot", "Pot", Money.ofEuros(1_000_000_000), BudgetPeriod.year(2016)));
    private static final LocalDate DAY = LocalDate.of(2016, 6, 30);
    /** Kills per engine: the journal-level test does the many; these check what the ledger adds. */
    private static final int KILLS = Integer.getInteger("atelier.crash.ledgerKills", 4);

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    /** Batch {@code n} of a run: 1 to 3 grants of € 1, € 2, € 3 under the batch id {@code <run>-<n>}. */
    static LedgerBatch batch(String run, int n) {
        List<LedgerEntry> grants = new ArrayList<>();
        for (int i = 0; i < size(n); i++) {
            String id = run + "-" + n + "-" + i;
            grants.add(new LedgerEntry.Grant(id, DAY, "besluit", "crash-test", id, "Initiatief " + id, Money.ofEuros(i + 1),
                List.of(Funding.of("pot")), Optional.empty()));
        }
        return LedgerBatch.of(run + "-" + n, List.of(), grants);
    }

    private static int size(int n) {
        return 1 + n % 3;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void acknowledged_postings_survive_kill_9_and_the_ledger_reopens_verified(StoreFixture fixture) throws Exception {
        long seed = Long.getLong("atelier.seed", System.nanoTime());
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            String run = "k" + kill;
            ChildProcess child = ChildProcess.start(CrashingLedger.class, fixture.location(), run);
            if (kill > 0 && random.nextInt(4) == 0) {
                Thread.sleep(random.nextInt(700)); // while it opens the store and rebuilds the ledger
            } else {
                assertThat(child.awaitReady(60_000)).as("seed %s: the child started; it printed:%n%s", seed, child.output()).isTrue();
                Thread.sleep(100 + random.nextInt(400));
            }
            child.kill();
            List<String> acked = child.acknowledged();
            acknowledged.addAll(acked);

            try (JournalStore store = fixture.open()) {
                Ledger ledger = Ledger.open(TREE, store.journal("ledger"), new JsonLedgerCodec(), Clock.systemUTC());
                Map<String, List<RecordedEntry>> batches = byBatch(ledger);
                for (String id : acknowledged) {
                    assertThat(batches).as("seed %s, kill %d: acknowledged batch %s is kept", seed, kill, id).containsKey(id);
                }
                long cents = 0;
                for (Map.Entry<String, List<RecordedEntry>> stored : batches.entrySet()) {
                    int n = Integer.parseInt(stored.getKey().substring(stored.getKey().lastIndexOf('-') + 1));
                    assertThat(stored.getValue()).as("seed %s, kill %d: batch %s is whole", seed, kill, stored.getKey())
                        .hasSize(size(n));
                    cents += stored.getValue().stream().mapToLong(e -> ((LedgerEntry.Grant) e.entry()).amount().cents()).sum();
                }
                assertThat(ledger.view().pot("pot").orElseThrow().granted()).isEqualTo(Money.ofCents(cents));

                // The batch the child was posting when it died (its answer, if any, was never seen): post it again.
                LedgerBatch inFlight = batch(run, acked.size());
                String id = inFlight.batchId().orElseThrow();
                boolean storedBefore = batches.containsKey(id);
                Result<PostedBatch> again = ledger.post(inFlight);
                assertThat(again.isOk()).as("seed %s, kill %d: %s", seed, kill, again).isTrue();
                assertThat(again.orElseThrow().duplicate()).as("a retry of a stored batch changes nothing").isEqualTo(storedBefore);
                assertThat(byBatch(ledger).get(id)).as("batch %s is kept once", id).hasSize(size(acked.size()));
                acknowledged.add(id);
                assertThat(store.journal("ledger").verify()).isEmpty();
            }
        }
        assertThat(acknowledged).as("seed %s: the children acknowledged batches before they were killed", seed)
            .hasSizeGreaterThan(2 * KILLS);
    }

    private static Map<String, List<RecordedEntry>> byBatch(Ledger ledger) {
        Map<String, List<RecordedEntry>> batches = new LinkedHashMap<>();
        for (RecordedEntry entry : ledger.recorded()) {
            batches.computeIfAbsent(entry.batchId(), b -> new ArrayList<>()).add(entry);
        }
        return batches;
    }
}
