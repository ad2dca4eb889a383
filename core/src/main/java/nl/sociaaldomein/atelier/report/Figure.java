package nl.sociaaldomein.atelier.report;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;

/**
 * A picture where one reads better than a table: a chart with a title and, optionally, a
 * sentence saying what it shows. Renderers always add a text alternative built from the chart's
 * data (a data table), so the figure never carries information that text does not. Its
 * {@code provenance} says where the chart's figures come from, as a table's does.
 *
 * @param title       the figure's title
 * @param description a sentence saying what it shows, if any
 * @param chart       the chart
 * @param provenance  where the chart's figures come from
 */
public record Figure(String title, Optional<String> description, Chart chart, Optional<Provenance> provenance) implements Block {

    /**
     * Checks that no component is missing.
     *
     * @param title       the figure's title
     * @param description a sentence saying what it shows, if any
     * @param chart       the chart
     * @param provenance  where the chart's figures come from
     */
    public Figure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * A figure without a provenance yet; see {@link #from}.
     *
     * @param title       the figure's title
     * @param description a sentence saying what it shows, if any
     * @param chart       the chart
     */
    public Figure(String title, Optional<String> description, Chart chart) {
        this(title, description, chart, Optional.empty());
    }

    /**
     * A figure without a description.
     *
     * @param title the figure's title
     * @param chart the chart
     * @return the figure
     */
    public static Figure of(String title, Chart chart) {
        return new Figure(title, Optional.empty(), chart);
    }

    /**
     * A figure with a description.
     *
     * @param title       the figure's title
     * @param description a sentence saying what it shows
     * @param chart       the chart
     * @return the figure
     */
    public static Figure of(String title, String description, Chart chart) {
        return new Figure(title, Optional.of(description), chart);
    }

    /**
     * This figure, saying where its chart's figures come from.
     *
     * @param provenance where the chart's figures come from
     * @return a new figure; this one is unchanged
     */
    public Figure from(Provenance provenance) {
        return new Figure(title, description, chart, Optional.of(provenance));
    }
}
