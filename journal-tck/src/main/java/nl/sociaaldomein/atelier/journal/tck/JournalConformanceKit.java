package nl.sociaaldomein.atelier.journal.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.RecordHash;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Journal} engine keeps. An engine's test extends this class in one
 * small class and says how to make an empty journal and how to open the same store again:
 *
 * <pre>{@code
 * class SqliteJournalConformanceTest extends JournalConformanceKit {
 *     protected Journal newJournal() { return SqliteJournal.open(tempDir.resolve(UUID.randomUUID() + ".db")); }
 *     protected Journal reopen(Journal journal) { ... }
 * }
 * }</pre>
 *
 * <p>Every journal the kit makes is closed after each test.
 */
public abstract class JournalConformanceKit {

    private final List<Journal> opened = new ArrayList<>();

    /**
     * A new, empty journal of the engine under test.
     *
     * @return a journal with no records; the kit closes it after the test
     */
    protected abstract Journal newJournal();

    /**
     * The same store opened again (for engines that keep their records: a new connection to the
     * same file or database), the old handle closed. The default returns the journal itself, for
     * engines that keep nothing.
     *
     * @param journal the handle to close and open again
     * @return a handle on the same records
     */
    protected Journal reopen(Journal journal) {
        return journal;
    }

    /**
     * Threads that append at once in {@link #concurrent_appenders_never_repeat_or_skip_a_position()}.
     *
     * @return the number of appending threads; 4 unless an engine overrides it
     */
    protected int concurrentAppenders() {
        return 4;
    }

    private Journal fresh() {
        Journal journal = newJournal();
        opened.add(journal);
        assertThat(journal.head()).as("a new journal is empty").isZero();
        return journal;
    }

    private Journal again(Journal journal) {
        Journal reopened = reopen(journal);
        opened.add(reopened);
        return reopened;
    }

    @AfterEach
    void closeJournals() throws Exception {
        for (Journal journal : opened) {
            journal.close();
        }
        opened.clear();
    }

    // --- ordering and positions -------------------------------------------------------------

    @Test
    void an_empty_journal_reads_nothing_and_verifies() {
        Journal journal = fresh();
        assertThat(journal.read(0, 10)).isEmpty();
        assertThat(journal.verify()).isEmpty();
    }

    @Test
    void a_batch_gets_the_positions_after_the_expected_head_in_order() {
        Journal journal = fresh();
        List<JournalRecord> first = appended(journal.append(0, batch("b1", 1, "a", "b", "c")));
        List<JournalRecord> second = appended(journal.append(3, batch("b2", 2, "d")));
        assertThat(first).extracting(JournalRecord::position).containsExactly(1L, 2L, 3L);
        assertThat(second).extracting(JournalRecord::position).containsExactly(4L);
        assertThat(journal.head()).isEqualTo(4);
        assertThat(journal.read(0, 100)).extracting(JournalRecord::payload).containsExactly("a", "b", "c", "d");
        assertThat(journal.read(0, 100)).containsExactlyElementsOf(concat(first, second));
    }

    @Test
    void reading_pages_from_any_position() {
        Journal journal = fresh();
        for (int i = 0; i < 10; i++) {
            appended(journal.append(i, batch("b" + i, i + 1, "p" + i)));
        }
        assertThat(journal.read(3, 4)).extracting(JournalRecord::position).containsExactly(4L, 5L, 6L, 7L);
        assertThat(journal.read(8, 100)).extracting(JournalRecord::position).containsExactly(9L, 10L);
        assertThat(journal.read(10, 100)).isEmpty();
        assertThat(journal.read(0, 0)).isEmpty();
    }

    @Test
    void records_come_back_exactly_as_written_after_reopening() {
        Journal journal = fresh();
        String awkward = "{\"naam\":\"Stichting \\\"Één\\\" – €\",\"nl\":\"regel 1\\nregel 2\",\"emoji\":\"\uD83D\uDE00\","
            + "\"nul\":\"\\u0000\",\"tab\":\"\t\"}";
        Instant moment = Instant.parse("2016-07-05T09:30:00.123456Z");
        List<JournalRecord> written = appended(journal.append(0, new Batch("unicode", moment,
            List.of(new NewRecord("ledger.grant", awkward), new NewRecord("x.y", "")))));
        Journal reopened = again(journal);
        assertThat(reopened.head()).isEqualTo(2);
        assertThat(reopened.read(0, 10)).containsExactlyElementsOf(written);
        assertThat(reopened.read(0, 10).get(0).recordedAt()).isEqualTo(moment);
        assertThat(reopened.verify()).isEmpty();
    }

    // --- expected-position conflicts --------------------------------------------------------

    @Test
    void an_append_at_a_stale_position_stores_nothing_and_names_the_head() {
        Journal journal = fresh();
        appended(journal.append(0, batch("b1", 1, "a", "b")));
        AppendResult stale = journal.append(0, batch("b2", 2, "c"));
        AppendResult ahead = journal.append(5, batch("b3", 3, "d"));
        assertThat(stale).isEqualTo(new AppendResult.Conflict(0, 2));
        assertThat(ahead).isEqualTo(new AppendResult.Conflict(5, 2));
        assertThat(journal.head()).isEqualTo(2);
        assertThat(journal.read(0, 10)).extracting(JournalRecord::payload).containsExactly("a", "b");
        assertThat(appended(journal.append(2, batch("b2", 2, "c")))).extracting(JournalRecord::position).containsExactly(3L);
    }

    // --- idempotency ------------------------------------------------------------------------

    @Test
    void the_same_batch_again_is_a_duplicate_whatever_the_head() {
        Journal journal = fresh();
        Batch batch = batch("b1", 1, "a", "b");
        List<JournalRecord> first = appended(journal.append(0, batch));
        appended(journal.append(2, batch("b2", 2, "c")));
        assertThat(journal.append(2, batch)).isEqualTo(new AppendResult.Duplicate(first));
        assertThat(journal.append(0, batch)).isEqualTo(new AppendResult.Duplicate(first));
        assertThat(journal.head()).isEqualTo(3);
    }

    @Test
    void another_batch_under_a_stored_id_is_refused() {
        Journal journal = fresh();
        appended(journal.append(0, batch("b1", 1, "a", "b")));
        assertThat(journal.append(2, batch("b1", 1, "a", "other"))).isEqualTo(new AppendResult.BatchIdTaken("b1"));
        assertThat(journal.append(2, batch("b1", 1, "a"))).isEqualTo(new AppendResult.BatchIdTaken("b1"));
        assertThat(journal.head()).isEqualTo(2);
    }

    // --- transaction time -------------------------------------------------------------------

    @Test
    void a_batch_recorded_before_the_last_one_is_refused() {
        Journal journal = fresh();
        appended(journal.append(0, batch("b1", 10, "a")));
        AppendResult earlier = journal.append(1, batch("b2", 9, "b"));
        assertThat(earlier).isInstanceOf(AppendResult.OutOfOrder.class);
        assertThat(journal.head()).isEqualTo(1);
        appended(journal.append(1, batch("b3", 10, "c")));
    }

    // --- hash chain -------------------------------------------------------------------------

    @Test
    void every_record_chains_to_the_one_before_and_the_journal_verifies() {
        Journal journal = fresh();
        for (int i = 0; i < 20; i++) {
            appended(journal.append(journal.head(), batch("b" + i, i, "x" + i, "y" + i)));
        }
        List<JournalRecord> records = journal.read(0, 100);
        String previous = RecordHash.GENESIS;
        for (JournalRecord record : records) {
            assertThat(record.previousHash()).isEqualTo(previous);
            assertThat(record.hash()).isEqualTo(RecordHash.of(record.position(), record.batchId(), record.type(),
                record.recordedAt(), record.previousHash(), record.payload()));
            previous = record.hash();
        }
        assertThat(journal.verify()).isEmpty();
        assertThat(again(journal).verify()).isEmpty();
    }

    // --- all or nothing ---------------------------------------------------------------------

    @Test
    void a_reader_never_sees_part_of_a_batch() throws Exception {
        Journal journal = fresh();
        int batches = 30;
        int size = 50;
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> torn = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get() && torn.get() == null) {
                long head = journal.head();
                if (head % size != 0) {
                    torn.set("head " + head + " is inside a batch of " + size);
                }
                List<JournalRecord> all = journal.read(0, Integer.MAX_VALUE);
                if (all.size() % size != 0) {
                    torn.set("read " + all.size() + " records, not whole batches of " + size);
                }
            }
        });
        reader.start();
        try {
            for (int b = 0; b < batches; b++) {
                String[] payloads = new String[size];
                for (int i = 0; i < size; i++) {
                    payloads[i] = "b" + b + "r" + i;
                }
                appended(journal.append((long) b * size, batch("batch-" + b, b, payloads)));
            }
        } finally {
            done.set(true);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(torn.get()).as("what a concurrent reader saw").isNull();
        assertThat(journal.head()).isEqualTo((long) batches * size);
    }

    // --- concurrency ------------------------------------------------------------------------

    @Test
    void concurrent_appenders_never_repeat_or_skip_a_position() throws Exception {
        Journal journal = fresh();
        int threads = concurrentAppenders();
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> conflicts = new ConcurrentHashMap<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        Batch batch = new Batch("t" + thread + "-" + i, Instant.EPOCH,
                            List.of(new NewRecord("test", "t" + thread + "-" + i + "-a"), new NewRecord("test", "t" + thread + "-" + i + "-b")));
                        while (true) {
                            AppendResult result = journal.append(journal.head(), batch);
                            if (result instanceof AppendResult.Appended) {
                                break;
                            }
                            assertThat(result).as("a retry after a conflict").isInstanceOf(AppendResult.Conflict.class);
                            conflicts.merge("t" + thread, 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<JournalRecord> records = journal.read(0, Integer.MAX_VALUE);
        assertThat(records).hasSize(threads * perThread * 2);
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).position()).isEqualTo(i + 1L);
        }
        // Each batch is stored once and its two records sit next to each other.
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Integer before = firstIndex.putIfAbsent(records.get(i).batchId(), i);
            if (before != null) {
                assertThat(i).as("batch %s is contiguous", records.get(i).batchId()).isEqualTo(before + 1);
            }
        }
        assertThat(firstIndex).hasSize(threads * perThread);
        assertThat(journal.verify()).isEmpty();
    }

    @Test
    void verifying_while_another_thread_appends_finds_no_damage() throws Exception {
        Journal journal = fresh();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                for (int b = 0; b < 60; b++) {
                    appended(journal.append(b * 3L, batch("w" + b, b, "a" + b, "b" + b, "c" + b)));
                }
            } catch (Throwable e) {
                failed.set(e);
            } finally {
                done.set(true);
            }
        });
        writer.start();
        int walks = 0;
        try {
            while (!done.get() || walks == 0) {
                assertThat(journal.verify()).as("a walk while records are appended").isEmpty();
                walks++;
            }
        } finally {
            done.set(true);
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertThat(failed.get()).as("the writer").isNull();
        assertThat(journal.head()).isEqualTo(180);
        assertThat(journal.verify()).isEmpty();
    }

    // --- against a model --------------------------------------------------------------------

    @Test
    void any_sequence_of_appends_agrees_with_a_list() {
        Gen<List<Integer>> ops = Gen.lists(Gen.ints(0, 9), 1, 30, 10);
        Property.named("journal agrees with a plain list").tries(Math.max(1, Math.min(100, tries()))).forAll(ops).check(codes -> {
            Journal journal = newJournal();
            try {
                List<String> model = new ArrayList<>();
                Map<String, List<String>> batchesById = new HashMap<>();
                long moment = 0;
                for (int step = 0; step < codes.size(); step++) {
                    int code = codes.get(step);
                    String id = "b" + (code < 7 ? step : code % 3); // reuse a few ids to reach duplicates
                    List<String> payloads = new ArrayList<>();
                    for (int i = 0; i <= code % 3; i++) {
                        payloads.add(id + "/" + i + "/" + code);
                    }
                    long expected = code == 9 ? model.size() + 1 : model.size();
                    AppendResult result = journal.append(expected, batch(id, moment, payloads.toArray(String[]::new)));
                    List<String> earlier = batchesById.get(id);
                    List<String> mine = new ArrayList<>(payloads);
                    mine.add("@" + moment); // the same batch is the same records at the same moment
                    if (earlier != null) {
                        assertThat(result).isInstanceOf(earlier.equals(mine) ? AppendResult.Duplicate.class : AppendResult.BatchIdTaken.class);
                    } else if (expected != model.size()) {
                        assertThat(result).isEqualTo(new AppendResult.Conflict(expected, model.size()));
                    } else {
                        assertThat(result).isInstanceOf(AppendResult.Appended.class);
                        model.addAll(payloads);
                        batchesById.put(id, mine);
                    }
                    moment += code % 2;
                    assertThat(journal.head()).isEqualTo(model.size());
                }
                assertThat(journal.read(0, Integer.MAX_VALUE)).extracting(JournalRecord::payload).containsExactlyElementsOf(model);
                assertThat(journal.verify()).isEmpty();
            } finally {
                try {
                    journal.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** How many generated cases the model property runs: the build's setting, at most 100 (each makes a journal). */
    private static int tries() {
        return Integer.getInteger("atelier.tries", 100);
    }

    // --- helpers ----------------------------------------------------------------------------

    /**
     * A batch of records of type {@code test} recorded {@code second} seconds after the epoch.
     *
     * @param id the batch's id, which makes a repeated append idempotent
     * @param second the recorded moment, in seconds after 1970-01-01T00:00:00Z
     * @param payloads one record per payload, in this order
     * @return the batch, not yet appended
     */
    protected static Batch batch(String id, long second, String... payloads) {
        List<NewRecord> records = new ArrayList<>();
        for (String payload : payloads) {
            records.add(new NewRecord("test", payload));
        }
        return new Batch(id, Instant.EPOCH.plusSeconds(second), records);
    }

    /**
     * The records an append wrote, failing the test when the append did not write.
     *
     * @param result what the journal answered to an append
     * @return the appended records with their positions
     */
    protected static List<JournalRecord> appended(AppendResult result) {
        assertThat(result).isInstanceOf(AppendResult.Appended.class);
        return ((AppendResult.Appended) result).records();
    }

    private static List<JournalRecord> concat(List<JournalRecord> a, List<JournalRecord> b) {
        List<JournalRecord> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
