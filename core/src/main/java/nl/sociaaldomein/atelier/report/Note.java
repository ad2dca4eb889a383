package nl.sociaaldomein.atelier.report;

import java.util.Objects;

/**
 * A remark set apart from the text. A {@link Kind#WARNING} tells the reader something is off in
 * the data, e.g. an experiment whose marked years fall outside its dates: the sources are kept
 * as published and the inconsistency is shown, not hidden (seeds README).
 *
 * @param kind information or warning
 * @param text the note, plain text
 */
public record Note(Kind kind, String text) implements Block {

    /** How strongly a note is set apart. */
    public enum Kind {
        /** Information for the reader. */
        INFO,
        /** A warning, e.g. that a figure is an assumption. */
        WARNING
    }

    /**
     * Checks that both are given.
     *
     * @param kind information or warning
     * @param text the note, plain text
     */
    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Information for the reader.
     *
     * @param text the note, plain text
     * @return the note
     */
    public static Note info(String text) {
        return new Note(Kind.INFO, text);
    }

    /**
     * A warning.
     *
     * @param text the note, plain text
     * @return the note
     */
    public static Note warning(String text) {
        return new Note(Kind.WARNING, text);
    }
}
