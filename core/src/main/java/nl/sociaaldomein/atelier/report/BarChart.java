package nl.sociaaldomein.atelier.report;

import java.util.List;
import java.util.Objects;

/**
 * Counts per category, e.g. how the ideas of a round ended. Groningen 2016: 43 ideas, "19
 * gehonoreerd", 9 connected to others, 1 being worked out, 11 not funded, 3 withdrawn
 * (000_54832993d59957fc.txt).
 *
 * @param bars one bar per category, in the order shown
 */
public record BarChart(List<Bar> bars) implements Chart {

    /**
     * Keeps a copy of the bars.
     *
     * @param bars one bar per category, in the order shown
     */
    public BarChart {
        bars = List.copyOf(bars);
    }

    /**
     * A chart of these bars.
     *
     * @param bars the bars, in the order shown
     * @return the chart
     */
    public static BarChart of(Bar... bars) {
        return new BarChart(List.of(bars));
    }

    /** {@return the sum of all counts} */
    public long total() {
        return bars.stream().mapToLong(Bar::count).sum();
    }

    /**
     * One bar: a category and its count.
     *
     * @param label the category
     * @param count how many, not negative
     */
    public record Bar(Text label, long count) {
        /**
         * Checks the label and that the count is not negative.
         *
         * @param label the category
         * @param count how many, not negative
         * @throws IllegalArgumentException when the count is negative
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("bar " + label + ": a count must not be negative: " + count);
            }
        }

        /**
         * A bar with a literal label.
         *
         * @param label the category, as the data names it
         * @param count how many, not negative
         * @return the bar
         */
        public static Bar of(String label, long count) {
            return new Bar(Text.of(label), count);
        }
    }
}
