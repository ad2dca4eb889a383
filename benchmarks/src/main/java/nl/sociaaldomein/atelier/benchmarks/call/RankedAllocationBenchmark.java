package nl.sociaaldomein.atelier.benchmarks.call;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.RankedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Assess and allocate a call of a million initiatives against five criteria (with thresholds, a
 * knock-out and a minimum total) under the ranked policy, three ways: the object path (a list of
 * score objects), the columnar path (a {@code ScoreSheet}; decisions built when read), and a
 * baseline doing the same arithmetic on plain arrays.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RankedAllocation -f 1 -wi 3 -i 5 -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class RankedAllocationBenchmark {

    @Param("1000000")
    public int initiatives;

    private RankedCallData data;

    @Setup(Level.Trial)
    public void setUp() {
        data = new RankedCallData(initiatives, 2016);
        // The baseline must compute what the library computes: the same grants, to the cent.
        long[] plain = baseline();
        long plainTotal = Arrays.stream(plain).sum();
        long plainCount = Arrays.stream(plain).filter(g -> g > 0).count();
        Allocation allocation = columnar();
        long count = allocation.decisions().stream().filter(d -> d instanceof Decision.Granted).count();
        if (allocation.budgetEffect().grantedTotal().cents() != plainTotal || count != plainCount) {
            throw new IllegalStateException("baseline and library disagree: " + plainCount + " grants of " + plainTotal
                + " cents against " + count + " of " + allocation.budgetEffect().grantedTotal().cents());
        }
    }

    /** Scores as a list of five million {@code AssessorScore}s (plus the knock-out), decisions built at once. */
    @Benchmark
    public Allocation objectPath() {
        return data.round.assess(data.scores).orElseThrow().trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).orElseThrow();
    }

    /** Scores as a {@code ScoreSheet}; the allocation is checked, its decisions are built when read. */
    @Benchmark
    public Allocation columnar() {
        return data.round.assess(data.sheet).orElseThrow().trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).orElseThrow();
    }

    /** The columnar path, then reading every decision once (what a report of all decisions costs). */
    @Benchmark
    public long columnarReadingEveryDecision() {
        Allocation allocation = columnar();
        long granted = 0;
        for (Decision decision : allocation.decisions()) {
            if (decision instanceof Decision.Granted grant) {
                granted += grant.amount().cents();
            }
        }
        return granted;
    }

    /**
     * The same arithmetic on primitive arrays: weighted totals in hundredths, the two thresholds,
     * the knock-out and the minimum total; ranking by total, then receipt, then request, then id
     * (the id order is the index order here), with the leading keys packed into a {@code long}
     * and equal runs finished by the rest; funding in rank order, skipping what does not fit.
     * Returns the amounts granted per initiative (cents).
     */
    @Benchmark
    public long[] baseline() {
        int n = data.plainRequests.length;
        int[] scores = data.plainScores;
        long[] requests = data.plainRequests;
        long[] receipts = data.plainReceiptSeconds;
        long maxTotal = RankedCallData.CRITERIA * RankedCallData.WEIGHT * 10L * 100L;
        long[] keys = new long[n];
        int eligible = 0;
        for (int i = 0; i < n; i++) {
            int row = i * RankedCallData.COLUMNS;
            boolean ok = scores[row + RankedCallData.CRITERIA] >= 1 && requests[i] > 0;
            long total = 0;
            for (int k = 0; k < RankedCallData.CRITERIA; k++) {
                int score = scores[row + k];
                ok &= score >= RankedCallData.MINIMUM[k];
                total += RankedCallData.WEIGHT * (score * 100L);
            }
            if (ok && total >= RankedCallData.MINIMUM_TOTAL_POINTS * 100L) {
                // Higher total first, then earlier receipt; the index rides along in the low bits.
                keys[eligible++] = ((maxTotal - total) << 44) | (receipts[i] << 20) | i;
            }
        }
        Arrays.sort(keys, 0, eligible);
        finishTies(keys, eligible, requests);
        long[] granted = new long[n];
        long left = data.plainAvailable;
        for (int r = 0; r < eligible; r++) {
            int i = (int) (keys[r] & 0xFFFFF);
            if (requests[i] <= left) {
                left -= requests[i];
                granted[i] = requests[i];
            }
        }
        return granted;
    }

    /** Runs with equal total and receipt: lower request first, then lower index (insertion sort; runs are short). */
    private static void finishTies(long[] keys, int count, long[] requests) {
        int start = 0;
        for (int r = 1; r <= count; r++) {
            if (r == count || (keys[r] >>> 20) != (keys[start] >>> 20)) {
                for (int a = start + 1; a < r; a++) {
                    long key = keys[a];
                    int b = a - 1;
                    while (b >= start && requests[(int) (keys[b] & 0xFFFFF)] > requests[(int) (key & 0xFFFFF)]) {
                        keys[b + 1] = keys[b];
                        b--;
                    }
                    keys[b + 1] = key;
                }
                start = r;
            }
        }
    }
}
