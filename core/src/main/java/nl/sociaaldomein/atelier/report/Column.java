package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/** A table column: its header, literal ("naam pitch") or a {@link Label} ("Totaal"). */
public record Column(Text header) {

    public Column {
        Objects.requireNonNull(header, "header");
    }

    public static Column of(String header) {
        return new Column(Text.of(header));
    }

    public static Column of(Label header) {
        return new Column(header);
    }
}
