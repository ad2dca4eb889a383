package nl.sociaaldomein.atelier.benchmarks.budget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ledger as a system of record, on a ledger of 10^6 fixture entries ({@link LedgerFixture}),
 * in one run so that the figures can be compared as ratios: posting in date order one by one (the
 * baseline), in batches of 100, with a journal (JSON payloads, SHA-256 chain, in memory), a late
 * entry (a grant to a new initiative effective 30 days before the last date, among 120.000
 * entries effective after it; 10.000 of them per shot), a view as known before late entries were registered, and
 * rebuilding the ledger from a journal of 10^6 records. Single shots: each shot starts from a
 * freshly built ledger, so every shot meets the same ledger.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
public class LedgerRecordBenchmark {

    static final int SIZE = 1_000_000;
    static final int POSTS = 100_000;
    static final int BATCH = 100;
    static final int LATE = 5;
    /** Late grants posted per shot of {@link #postLate30DaysBack}: enough for a stable time per entry. */
    static final int LATE_POSTS = 10_000;

    /** A plain ledger of 10^6 entries, the entries to post next, and late entries. */
    @State(Scope.Thread)
    public static class Plain {
        Ledger ledger;
        LedgerEntry[] next;
        List<List<LedgerEntry>> batches;
        LedgerEntry[] late;

        @Setup(Level.Iteration)
        public void build() {
            ledger = LedgerFixture.ledgerOf(SIZE);
            next = LedgerFixture.entries(SIZE, POSTS);
            batches = new ArrayList<>();
            for (int b = 0; b < POSTS / BATCH; b++) {
                batches.add(List.of(next).subList(b * BATCH, (b + 1) * BATCH));
            }
            late = lateGrants(LATE_POSTS);
            LedgerFixture.settleHeap();
        }
    }

    /** The same ledger kept in an in-memory journal. */
    @State(Scope.Thread)
    public static class Journaled {
        Ledger ledger;
        LedgerEntry[] next;

        @Setup(Level.Iteration)
        public void build() {
            ledger = Ledger.open(LedgerFixture.tree(), new InMemoryJournal(), new JsonLedgerCodec(), Clock.systemUTC());
            for (int i = 0; i < SIZE; i++) {
                ledger.post(LedgerFixture.entry(i)).orElseThrow();
            }
            next = LedgerFixture.entries(SIZE, POSTS);
            LedgerFixture.settleHeap();
        }
    }

    /** A journal of 10^6 entries plus late ones, and the moment before the late ones were registered. */
    @State(Scope.Benchmark)
    public static class Recorded {
        InMemoryJournal journal;
        Ledger ledger;
        Instant beforeLate;
        LocalDate last;

        @Setup(Level.Trial)
        public void build() {
            journal = new InMemoryJournal();
            ledger = Ledger.open(LedgerFixture.tree(), journal, new JsonLedgerCodec(), Clock.systemUTC());
            for (int i = 0; i < SIZE; i++) {
                ledger.post(LedgerFixture.entry(i)).orElseThrow();
            }
            beforeLate = ledger.lastRecordedAt().orElseThrow();
            for (LedgerEntry entry : lateGrants(LATE)) {
                ledger.post(entry).orElseThrow();
            }
            last = LedgerFixture.dateOf(SIZE - 1L);
            LedgerFixture.settleHeap();
        }
    }

    /** The same journal with a snapshot of the ledger appended after the late entries. */
    @State(Scope.Benchmark)
    public static class Snapshotted {
        InMemoryJournal journal;

        @Setup(Level.Trial)
        public void build() {
            Recorded recorded = new Recorded();
            recorded.build();
            journal = recorded.journal;
            long at = recorded.ledger.snapshot();
            System.out.printf("%n[snapshot at record %d: %d characters for %d entries, %.1f per entry]%n", at,
                journal.read(at - 1, 1).get(0).payload().length(), recorded.ledger.size(),
                journal.read(at - 1, 1).get(0).payload().length() / (double) recorded.ledger.size());
            LedgerFixture.settleHeap();
        }
    }

    /** Grants to new initiatives, effective 30 days before the fixture's last date. */
    static LedgerEntry[] lateGrants(int count) {
        LocalDate date = LedgerFixture.dateOf(SIZE - 1L).minusDays(30);
        LedgerEntry[] out = new LedgerEntry[count];
        for (int k = 0; k < count; k++) {
            out[k] = new LedgerEntry.Grant("late" + k, date, "laat ingevoerd besluit", "bench", "late-initiative-" + k, "Laat " + k,
                Money.ofCents(100_000), List.of(Funding.of(LedgerFixture.POTS[k % 3])), Optional.empty());
        }
        return out;
    }

    /** The baseline: one entry at a time, in date order, every check on. */
    @Benchmark
    @OperationsPerInvocation(POSTS)
    public int postInOrder(Plain s) {
        int accepted = 0;
        for (LedgerEntry entry : s.next) {
            accepted += s.ledger.post(entry).isOk() ? 1 : 0;
        }
        return expect(accepted, POSTS);
    }

    @Benchmark
    @OperationsPerInvocation(POSTS)
    public int postInBatchesOf100(Plain s) {
        int accepted = 0;
        for (List<LedgerEntry> batch : s.batches) {
            accepted += s.ledger.post(batch).isOk() ? BATCH : 0;
        }
        return expect(accepted, POSTS);
    }

    @Benchmark
    @OperationsPerInvocation(POSTS)
    public int postInOrderJournaled(Journaled s) {
        int accepted = 0;
        for (LedgerEntry entry : s.next) {
            accepted += s.ledger.post(entry).isOk() ? 1 : 0;
        }
        return expect(accepted, POSTS);
    }

    @Benchmark
    @OperationsPerInvocation(LATE_POSTS)
    public int postLate30DaysBack(Plain s) {
        int accepted = 0;
        for (LedgerEntry entry : s.late) {
            accepted += s.ledger.post(entry).isOk() ? 1 : 0;
        }
        return expect(accepted, LATE_POSTS);
    }

    /** What the ledger said about its last date before the late entries were registered. */
    @Benchmark
    public BudgetView viewAsOfKnownBeforeLateEntries(Recorded s) {
        return s.ledger.view(s.last, s.beforeLate);
    }

    @Benchmark
    public BudgetView viewAsOfKnownNow(Recorded s) {
        return s.ledger.view(s.last.minusDays(1));
    }

    @Benchmark
    public int rebuildFromJournal(Recorded s) {
        return Ledger.open(LedgerFixture.tree(), s.journal, new JsonLedgerCodec(), Clock.systemUTC()).size();
    }

    /** Opening the ledger from the journal whose last record is a snapshot: the snapshot is read, no record before it. */
    @Benchmark
    public int openFromSnapshot(Snapshotted s) {
        return Ledger.open(LedgerFixture.tree(), s.journal, new JsonLedgerCodec(), Clock.systemUTC()).size();
    }

    private static int expect(int accepted, int expected) {
        if (accepted != expected) {
            throw new IllegalStateException("only " + accepted + " of " + expected + " entries were accepted");
        }
        return accepted;
    }
}
