package nl.sociaaldomein.atelier.benchmarks.budget;

import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of posting one entry, with every check on, onto a ledger that already holds
 * {@code existing} entries. Each measured shot posts {@value #BATCH} new entries onto a freshly
 * built ledger of that size, so the size stays what the parameter says (within 1 % at 10^6).
 * The baseline does the least a ledger must do per entry: compare with what is left and add to a
 * {@code long[]} total, for the same entries.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 10)
public class LedgerPostingBenchmark {

    static final int BATCH = 10_000;

    @Param({"1000", "100000", "1000000"})
    public int existing;

    private Ledger ledger;
    private LedgerEntry[] batch;
    private long[] amounts;
    private int[] pots;
    private long[] totals;
    private long[] remaining;

    /**
     * Runs the posting code on a throwaway ledger first, so that every size is measured on
     * compiled code: otherwise the small sizes, whose setup posts few entries, would be measured
     * while the JIT is still warming up.
     */
    @Setup(Level.Trial)
    public void warmUpThePostingCode() {
        LedgerFixture.ledgerOf(200_000);
    }

    @Setup(Level.Iteration)
    public void buildLedger() {
        ledger = LedgerFixture.ledgerOf(existing);
        batch = LedgerFixture.entries(existing, BATCH);
        amounts = new long[BATCH];
        pots = new int[BATCH];
        for (int k = 0; k < BATCH; k++) {
            amounts[k] = 100_000 + k % 500;
            pots[k] = k % 3;
        }
        totals = new long[3];
        remaining = new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        LedgerFixture.settleHeap();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int post() {
        int accepted = 0;
        for (LedgerEntry entry : batch) {
            if (ledger.post(entry).isOk()) {
                accepted++;
            }
        }
        if (accepted != BATCH) {
            throw new IllegalStateException("only " + accepted + " of " + BATCH + " entries were accepted");
        }
        return accepted;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long baselineLongArray() {
        for (int k = 0; k < BATCH; k++) {
            int pot = pots[k];
            if (amounts[k] <= remaining[pot]) {
                totals[pot] += amounts[k];
                remaining[pot] -= amounts[k];
            }
        }
        return totals[0] + totals[1] + totals[2];
    }
}
