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

    static Provenance source(String file, String quote) {
        return new Source(file, quote);
    }

    static Provenance computed(String how) {
        return new Computed(how);
    }

    static Provenance assumption(String reason) {
        return new Assumption(reason);
    }

    enum Kind {
        SOURCE("bron", "source"),
        COMPUTED("berekend", "computed"),
        ASSUMPTION("aanname", "assumption");

        private final String dutch;
        private final String english;

        Kind(String dutch, String english) {
            this.dutch = dutch;
            this.english = english;
        }

        public String dutch() {
            return dutch;
        }

        public String english() {
            return english;
        }
    }

    /** Published: the file in docs/sources/ and the phrase in it that gives the value, verbatim. */
    record Source(String file, String quote) implements Provenance {
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

    /** Computed from other values; {@code how} names them, e.g. "som van de toegekende bedragen". */
    record Computed(String how) implements Provenance {
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

    /** Not in any source: an assumption or an illustration, and why it was made. */
    record Assumption(String reason) implements Provenance {
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
