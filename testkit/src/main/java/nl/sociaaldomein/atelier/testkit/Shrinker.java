package nl.sociaaldomein.atelier.testkit;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Makes a failing choice sequence smaller while it keeps failing: first by deleting runs of
 * choices (fewer list elements, fewer steps), then by lowering single choices toward zero
 * (smaller numbers). Repeats until a full pass finds nothing or the attempt budget is spent.
 */
final class Shrinker {

    private final Predicate<long[]> stillFails;
    private int attemptsLeft;
    private int improvements;

    Shrinker(Predicate<long[]> stillFails, int maxAttempts) {
        this.stillFails = stillFails;
        this.attemptsLeft = maxAttempts;
    }

    long[] shrink(long[] failing) {
        long[] best = failing;
        boolean improved = true;
        while (improved && attemptsLeft > 0) {
            improved = false;
            long[] deleted = deleteRuns(best);
            if (deleted != best) {
                best = deleted;
                improved = true;
            }
            long[] lowered = lowerChoices(best);
            if (lowered != best) {
                best = lowered;
                improved = true;
            }
        }
        return best;
    }

    int improvements() {
        return improvements;
    }

    private long[] deleteRuns(long[] start) {
        long[] best = start;
        for (int run = 8; run >= 1; run /= 2) {
            for (int at = best.length - run; at >= 0 && attemptsLeft > 0; at--) {
                long[] candidate = new long[best.length - run];
                System.arraycopy(best, 0, candidate, 0, at);
                System.arraycopy(best, at + run, candidate, at, best.length - at - run);
                if (tryCandidate(candidate)) {
                    best = candidate;
                    at = Math.min(at, best.length - run + 1);
                }
            }
        }
        return best;
    }

    private long[] lowerChoices(long[] start) {
        long[] best = start;
        for (int i = 0; i < best.length && attemptsLeft > 0; i++) {
            if (best[i] == 0) {
                continue;
            }
            long[] zeroed = with(best, i, 0);
            if (tryCandidate(zeroed)) {
                best = zeroed;
                continue;
            }
            // Binary search for the smallest value that still fails: lo passes, hi fails.
            long lo = 0;
            long hi = best[i];
            while (hi - lo > 1 && attemptsLeft > 0) {
                long mid = lo + (hi - lo) / 2;
                long[] candidate = with(best, i, mid);
                if (tryCandidate(candidate)) {
                    best = candidate;
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
        }
        return best;
    }

    private static long[] with(long[] choices, int index, long value) {
        long[] copy = Arrays.copyOf(choices, choices.length);
        copy[index] = value;
        return copy;
    }

    private boolean tryCandidate(long[] candidate) {
        attemptsLeft--;
        if (stillFails.test(candidate)) {
            improvements++;
            return true;
        }
        return false;
    }
}
