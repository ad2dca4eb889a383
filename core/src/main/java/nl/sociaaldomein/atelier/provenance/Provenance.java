package nl.sociaaldomein.atelier.provenance;

import java.util.Objects;

/**
 * Where a value comes from, so that a reader of any report can tell published figures from
 * computed ones and from assumptions:
 * <ul>
 *   <li>{@link Source} ("bron"): published in a source document, cited by file name and the quoted phrase;
 *   <li>{@link Computed} ("berekend"): computed by the library from other values, saying how;
 *   <li>{@link Assumption} ("aanname"): an assumption or illustration that no source gives, with its reason.
 * </ul>
 */
public sealed interface Provenance {

    /** {@return the kind as a report names it: "bron", "berekend", "aanname" (Dutch) or "source", "computed", "assumption"} */
    Kind kind();

    /** {@return the explanation without the kind: {@code 000_….txt, "…"}, the computation, or the reason} */
    String detail();

    /**
     * A value published in a source.
     *
     * @param file  the source file in docs/sources/
     * @param quote the phrase in it that gives the value, verbatim
     * @return the provenance
     */
    static Provenance source(String file, String quote) {
        return new Source(file, quote);
    }

    /**
     * A value computed from others.
     *
     * @param how the values it is computed from and how
     * @return the provenance
     */
    static Provenance computed(String how) {
        return new Computed(how);
    }

    /**
     * A value no source gives: an assumption or illustration.
     *
     * @param reason why it was made
     * @return the provenance
     */
    static Provenance assumption(String reason) {
        return new Assumption(reason);
    }

    /** Where a value comes from, as a report names it. */
    enum Kind {
        /** A published source: "bron". */
        SOURCE("bron", "source"),
        /** Computed from other values: "berekend". */
        COMPUTED("berekend", "computed"),
        /** An assumption or illustration: "aanname". */
        ASSUMPTION("aanname", "assumption");

        private final String dutch;
        private final String english;

        Kind(String dutch, String english) {
            this.dutch = dutch;
            this.english = english;
        }

        /** {@return the Dutch word a report uses} */
        public String dutch() {
            return dutch;
        }

        /** {@return the English word a report uses} */
        public String english() {
            return english;
        }
    }

    /**
     * Published: the file in docs/sources/ and the phrase in it that gives the value, verbatim.
     *
     * @param file  the source file in docs/sources/
     * @param quote the phrase in it that gives the value, verbatim
     */
    record Source(String file, String quote) implements Provenance {
        /**
         * Checks that both are non-blank text.
         *
         * @param file  the source file in docs/sources/
         * @param quote the phrase in it that gives the value, verbatim
         * @throws IllegalArgumentException when either is blank
         */
        public Source {
            requireText(file, "file");
            requireText(quote, "quote");
        }

        @Override
        public Kind kind() {
            return Kind.SOURCE;
        }

        @Override
        public String detail() {
            return file + ", \u201c" + quote + "\u201d";
        }
    }

    /**
     * Computed from other values; {@code how} names them, e.g. "som van de toegekende bedragen".
     *
     * @param how the values it is computed from and how
     */
    record Computed(String how) implements Provenance {
        /**
         * Checks that {@code how} is non-blank text.
         *
         * @param how the values it is computed from and how
         * @throws IllegalArgumentException when it is blank
         */
        public Computed {
            requireText(how, "how");
        }

        @Override
        public Kind kind() {
            return Kind.COMPUTED;
        }

        @Override
        public String detail() {
            return how;
        }
    }

    /**
     * Not in any source: an assumption or an illustration, and why it was made.
     *
     * @param reason why the assumption was made
     */
    record Assumption(String reason) implements Provenance {
        /**
         * Checks that {@code reason} is non-blank text.
         *
         * @param reason why the assumption was made
         * @throws IllegalArgumentException when it is blank
         */
        public Assumption {
            requireText(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.ASSUMPTION;
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("a provenance's " + what + " is empty");
        }
    }
}
