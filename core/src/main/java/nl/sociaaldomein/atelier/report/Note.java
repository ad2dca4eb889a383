package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/**
 * A remark set apart from the text. A {@link Kind#WARNING} tells the reader something is off in
 * the data, e.g. an experiment whose marked years fall outside its dates: the sources are kept
 * as published and the inconsistency is shown, not hidden (seeds README).
 */
public record Note(Kind kind, String text) implements Block {

    public enum Kind { INFO, WARNING }

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Note info(String text) {
        return new Note(Kind.INFO, text);
    }

    public static Note warning(String text) {
        return new Note(Kind.WARNING, text);
    }
}
