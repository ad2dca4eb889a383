package nl.sociaaldomein.atelier.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A picture where one reads better than a table: a chart with a title and, optionally, a
 * sentence saying what it shows. Renderers always add a text alternative built from the chart's
 * data (a data table), so the figure never carries information that text does not.
 */
public record Figure(String title, Optional<String> description, Chart chart) implements Block {

    public Figure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(chart, "chart");
    }

    public static Figure of(String title, Chart chart) {
        return new Figure(title, Optional.empty(), chart);
    }

    public static Figure of(String title, String description, Chart chart) {
        return new Figure(title, Optional.of(description), chart);
    }
}
