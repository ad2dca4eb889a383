package nl.sociaaldomein.atelier.testkit;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what generated cases did (rejected, hit the ceiling, duplicate, transfer, ...), so a test
 * can assert that its generator really reaches the interesting paths instead of trusting it.
 */
public final class Tally {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    /**
     * Counts one case or step under each of the given labels.
     *
     * @param labels what the case did, possibly nothing
     */
    public void add(String... labels) {
        total.increment();
        for (String label : labels) {
            counts.computeIfAbsent(label, k -> new LongAdder()).increment();
        }
    }

    /**
     * Counts a label without counting a new case (for several labels over one case).
     *
     * @param label what the case did
     */
    public void label(String label) {
        counts.computeIfAbsent(label, k -> new LongAdder()).increment();
    }

    /**
     * How many times {@code label} was counted.
     *
     * @param label the label
     * @return the count, 0 for a label never counted
     */
    public long count(String label) {
        LongAdder adder = counts.get(label);
        return adder == null ? 0 : adder.sum();
    }

    /** {@return the number of cases or steps counted with {@link #add}} */
    public long total() {
        return total.sum();
    }

    /**
     * The share of counted cases with this label, 0 when nothing was counted.
     *
     * @param label the label
     * @return the share, from 0 to 1
     */
    public double fraction(String label) {
        long all = total();
        return all == 0 ? 0 : (double) count(label) / all;
    }

    @Override
    public String toString() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return "Tally" + sorted + " of " + total();
    }
}
