package nl.sociaaldomein.atelier.call;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import nl.sociaaldomein.atelier.assessment.AssessmentTable;
import nl.sociaaldomein.atelier.initiative.Initiative;

/**
 * {@link RankOrder#COMPARATOR}'s order over positions held in primitive columns: higher total,
 * earlier receipt (second, then nanosecond), lower request, then id. The two leading keys are
 * packed with the index into one {@code long} and sorted with the primitive sort; runs with equal
 * leading keys are finished by the full comparison. A property test checks it against the
 * object path.
 */
final class ColumnRanking {

    private ColumnRanking() {
    }

    /**
     * @param positions the positions to rank (sorted in place)
     * @param seconds, nanos, requested per position (indexed by position, not by rank)
     */
    static void rank(int[] positions, AssessmentTable table, long[] seconds, int[] nanos, long[] requested, List<Initiative> initiatives) {
        Comparator<Integer> full = Comparator.<Integer>comparingLong(p -> -table.totalHundredths(p))
            .thenComparingLong(p -> seconds[p])
            .thenComparingInt(p -> nanos[p])
            .thenComparingLong(p -> requested[p])
            .thenComparing(p -> initiatives.get(p).id());
        int n = positions.length;
        if (n < 2) {
            return;
        }
        long minTotal = Long.MAX_VALUE;
        long maxTotal = Long.MIN_VALUE;
        long minSecond = Long.MAX_VALUE;
        long maxSecond = Long.MIN_VALUE;
        for (int p : positions) {
            minTotal = Math.min(minTotal, -table.totalHundredths(p));
            maxTotal = Math.max(maxTotal, -table.totalHundredths(p));
            minSecond = Math.min(minSecond, seconds[p]);
            maxSecond = Math.max(maxSecond, seconds[p]);
        }
        int indexBits = bits(n - 1);
        int secondBits = bits(maxSecond - minSecond);
        int totalBits = bits(maxTotal - minTotal);
        if (maxTotal - minTotal < 0 || maxSecond - minSecond < 0 || indexBits + secondBits + totalBits > 63) {
            sortBoxed(positions, 0, n, full);
            return;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            int p = positions[i];
            packed[i] = ((-table.totalHundredths(p) - minTotal) << (secondBits + indexBits)) | ((seconds[p] - minSecond) << indexBits) | i;
        }
        Arrays.sort(packed);
        int[] copy = positions.clone();
        long indexMask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            positions[i] = copy[(int) (packed[i] & indexMask)];
        }
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (packed[i] >>> indexBits) != (packed[runStart] >>> indexBits)) {
                if (i - runStart > 1) {
                    sortBoxed(positions, runStart, i, full);
                }
                runStart = i;
            }
        }
    }

    private static void sortBoxed(int[] positions, int from, int to, Comparator<Integer> order) {
        Integer[] run = new Integer[to - from];
        for (int i = 0; i < run.length; i++) {
            run[i] = positions[from + i];
        }
        Arrays.sort(run, order);
        for (int i = 0; i < run.length; i++) {
            positions[from + i] = run[i];
        }
    }

    private static int bits(long range) {
        return 64 - Long.numberOfLeadingZeros(range);
    }
}
