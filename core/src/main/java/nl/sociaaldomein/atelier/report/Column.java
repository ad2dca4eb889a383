package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/**
 * A table column: its header, literal ("naam pitch") or a {@link Label} ("Totaal").
 *
 * @param header the column's header, literal or a label
 */
public record Column(Text header) {

    /**
     * Checks that the header is given.
     *
     * @param header the column's header, literal or a label
     */
    public Column {
        Objects.requireNonNull(header, "header");
    }

    /**
     * A column with a literal header, e.g. "naam pitch".
     *
     * @param header the header
     * @return the column
     */
    public static Column of(String header) {
        return new Column(Text.of(header));
    }

    /**
     * A column whose header the renderer words in the report's language.
     *
     * @param header the header
     * @return the column
     */
    public static Column of(Label header) {
        return new Column(header);
    }
}
