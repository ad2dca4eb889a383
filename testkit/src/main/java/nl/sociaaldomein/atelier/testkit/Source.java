package nl.sociaaldomein.atelier.testkit;

import java.util.SplittableRandom;

/**
 * The stream of random choices that generators draw from.
 *
 * <p>Generators never touch a random number generator directly: every value they make comes
 * from {@link #draw(long)}, and the source records each choice. A failing case is therefore a
 * list of numbers, and the shrinker makes it smaller by deleting runs of choices (which removes
 * list elements and operation steps) and by lowering choices toward zero (which lowers numbers
 * toward zero), then replaying the generator on the result. This is the approach of Python's
 * Hypothesis; it gives every generator, including mapped and flat-mapped ones, shrinking for free.
 */
public final class Source {

    /** Beyond this many choices a case is too big to be useful; generation stops growing it. */
    static final int MAX_CHOICES = 100_000;

    private final SplittableRandom random;
    private final long[] replay;
    private long[] recorded = new long[64];
    private int size;

    private Source(SplittableRandom random, long[] replay) {
        this.random = random;
        this.replay = replay;
    }

    static Source random(long seed) {
        return new Source(new SplittableRandom(seed), null);
    }

    static Source replaying(long[] choices) {
        return new Source(null, choices);
    }

    /**
     * A choice between 0 and {@code bound} inclusive. When replaying, a recorded choice above the
     * bound is capped at it, and a sequence that has run out yields 0, the simplest choice.
     *
     * @param bound the greatest choice, not negative
     * @return the choice
     * @throws IllegalArgumentException when {@code bound} is negative
     */
    public long draw(long bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("bound must not be negative: " + bound);
        }
        long choice;
        if (replay != null) {
            choice = size < replay.length ? Math.min(replay[size], bound) : 0;
            if (choice < 0) {
                choice = 0;
            }
        } else if (size >= MAX_CHOICES) {
            choice = 0;
        } else {
            choice = bound == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(bound + 1);
        }
        record(choice);
        return choice;
    }

    private void record(long choice) {
        if (size == recorded.length) {
            recorded = java.util.Arrays.copyOf(recorded, size * 2);
        }
        recorded[size++] = choice;
    }

    long[] choices() {
        return java.util.Arrays.copyOf(recorded, size);
    }
}
