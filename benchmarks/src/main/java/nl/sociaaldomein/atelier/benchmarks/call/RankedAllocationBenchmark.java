package nl.sociaaldomein.atelier.benchmarks.call;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.call.Allocation;
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
 * Assess and allocate a call of a million initiatives against five criteria under the ranked
 * policy, against a baseline doing the same arithmetic on plain arrays: weighted totals in
 * hundredths, eligibility, ranking (score, then receipt; receipts are distinct here, so the
 * further tie-breaks never decide), and funding in rank order, skipping what does not fit.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RankedAllocation -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class RankedAllocationBenchmark {

    @Param("1000000")
    public int initiatives;

    private RankedCallData data;

    @Setup(Level.Trial)
    public void setUp() {
        data = new RankedCallData(initiatives, 2016);
    }

    @Benchmark
    public Allocation library() {
        return data.round.assess(data.scores).get().trial(new RankedPolicy(WhenItDoesNotFit.SKIP), data.pots).get();
    }

    /** The same arithmetic on primitive arrays; returns the amounts granted per initiative (cents). */
    @Benchmark
    public long[] baseline() {
        int n = data.plainRequests.length;
        int[] scores = data.plainScores;
        long[] keys = new long[n];
        long maxTotal = RankedCallData.CRITERIA * RankedCallData.WEIGHT * 10L * 100L;
        for (int i = 0; i < n; i++) {
            long total = 0;
            for (int k = 0; k < RankedCallData.CRITERIA; k++) {
                total += RankedCallData.WEIGHT * (scores[i * RankedCallData.CRITERIA + k] * 100L);
            }
            // Higher total first, then earlier receipt; the index rides along in the low bits.
            keys[i] = ((maxTotal - total) << 44) | (data.plainReceiptSeconds[i] << 20) | i;
        }
        Arrays.sort(keys);
        long[] granted = new long[n];
        long left = data.plainAvailable;
        for (long key : keys) {
            int i = (int) (key & 0xFFFFF);
            long requested = data.plainRequests[i];
            if (requested <= left) {
                left -= requested;
                granted[i] = requested;
            }
        }
        return granted;
    }
}
