package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Independent instances, each with its own store handle (its own connection pool on PostgreSQL, its
 * own connection to the file on SQLite), grant € 1.000 at a time from one € 1.000.000 pot as fast
 * as they can: exactly 1.000 grants are accepted in total, each stored once, and every instance
 * sees the same pot after catching up.
 */
class RaceAcrossInstancesTest {

    private static final long POT_CENTS = 1_000_000_00L;
    private static final long GRANT_CENTS = 1_000_00L;
    private static final int INSTANCES = 4;

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void instances_racing_for_one_pot_never_grant_more_than_it_holds(StoreFixture fixture) throws Exception {
        List<JournalStore> stores = new ArrayList<>();
        List<PotView> views = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            JournalStore store = fixture.open();
            stores.add(store);
            views.add(new PotView(store.journal("pot"), POT_CENTS));
        }
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Integer>> instances = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                PotView view = views.get(i);
                String name = "instance-" + i;
                instances.add(() -> {
                    start.await();
                    int accepted = 0;
                    while (view.grant(name + "/grant-" + accepted, GRANT_CENTS)) {
                        accepted++;
                    }
                    return accepted;
                });
            }
            List<Future<Integer>> running = new ArrayList<>();
            for (Callable<Integer> instance : instances) {
                running.add(pool.submit(instance));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Integer> instance : running) {
                accepted += instance.get(5, TimeUnit.MINUTES);
            }
            assertThat(accepted).isEqualTo(1000);

            List<JournalRecord> stored = stores.get(0).journal("pot").read(0, Integer.MAX_VALUE);
            assertThat(stored).hasSize(1000);
            assertThat(new HashSet<>(stored.stream().map(JournalRecord::batchId).toList())).hasSize(1000);
            for (PotView view : views) {
                view.catchUp();
                assertThat(view.grantedCents()).isEqualTo(POT_CENTS);
                assertThat(view.grants()).isEqualTo(views.get(0).grants());
            }
            assertThat(views.stream().mapToInt(PotView::conflicts).sum())
                .as("the instances really raced (some lost and caught up)").isPositive();
        } finally {
            pool.shutdownNow();
            stores.forEach(JournalStore::close);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void the_same_batch_sent_by_every_instance_at_once_is_stored_once(StoreFixture fixture) throws Exception {
        List<JournalStore> stores = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            stores.add(fixture.open());
        }
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < 20; round++) {
                Batch batch = new Batch("retry-" + round, Instant.EPOCH, List.of(new NewRecord("grant", "100000"),
                    new NewRecord("grant", "200000")));
                long head = 2L * round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AppendResult>> answers = new ArrayList<>();
                for (JournalStore store : stores) {
                    Journal journal = store.journal("retries");
                    answers.add(pool.submit(() -> {
                        start.await();
                        return journal.append(head, batch);
                    }));
                }
                start.countDown();
                int appended = 0;
                for (Future<AppendResult> answer : answers) {
                    AppendResult result = answer.get(1, TimeUnit.MINUTES);
                    if (result instanceof AppendResult.Appended) {
                        appended++;
                    } else {
                        assertThat(result).as("round %d", round).isInstanceOf(AppendResult.Duplicate.class);
                    }
                }
                assertThat(appended).as("round %d: stored by exactly one instance", round).isEqualTo(1);
            }
            assertThat(stores.get(0).journal("retries").head()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
            stores.forEach(JournalStore::close);
        }
    }
}
