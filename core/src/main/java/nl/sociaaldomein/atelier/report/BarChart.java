package nl.sociaaldomein.atelier.report;

import java.util.List;
import java.util.Objects;

/**
 * Counts per category, e.g. how the ideas of a round ended. Groningen 2016: 43 ideas, "19
 * gehonoreerd", 9 connected to others, 1 being worked out, 11 not funded, 3 withdrawn
 * (000_54832993d59957fc.txt).
 */
public record BarChart(List<Bar> bars) implements Chart {

    public BarChart {
        bars = List.copyOf(bars);
    }

    public static BarChart of(Bar... bars) {
        return new BarChart(List.of(bars));
    }

    /** {@return the sum of all counts} */
    public long total() {
        return bars.stream().mapToLong(Bar::count).sum();
    }

    public record Bar(Text label, long count) {
        public Bar {
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("bar " + label + ": a count must not be negative: " + count);
            }
        }

        public static Bar of(String label, long count) {
            return new Bar(Text.of(label), count);
        }
    }
}
