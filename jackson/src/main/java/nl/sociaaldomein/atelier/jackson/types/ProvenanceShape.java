package nl.sociaaldomein.atelier.jackson.types;

import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.render.Footnotes;

/**
 * {@link Provenance} as the JSON reports write it (docs/reports.md, "Provenance"):
 * {@code {"kind": "bron", "file": "000_….txt", "quote": "…", "text": "bron: …"}}, or with
 * {@code "how"} (berekend) or {@code "reason"} (aanname). The kind is the Dutch word in every
 * language; {@code text} is in the chosen language and ignored when read.
 */
public final class ProvenanceShape {

    /** The shape. */
    public static final Shape<Provenance> PROVENANCE = new Shape<>() {
        @Override
        public Class<Provenance> type() {
            return Provenance.class;
        }

        @Override
        public void write(Provenance value, JsonOut out) {
            out.startObject();
            out.field("kind", value.kind().dutch());
            if (value instanceof Provenance.Source source) {
                out.field("file", source.file());
                out.field("quote", source.quote());
            } else if (value instanceof Provenance.Computed computed) {
                out.field("how", computed.how());
            } else {
                out.field("reason", ((Provenance.Assumption) value).reason());
            }
            out.field("text", Footnotes.text(value, out.options()));
            out.endObject();
        }

        @Override
        public Provenance read(JsonIn in) {
            if (!in.requireObject()) {
                return null;
            }
            in.ignore("text");
            String kind = in.string("kind");
            if (kind == null) {
                return null;
            }
            if (kind.equals(Provenance.Kind.SOURCE.dutch())) {
                String file = in.string("file");
                String quote = in.string("quote");
                return in.build(() -> Provenance.source(file, quote));
            } else if (kind.equals(Provenance.Kind.COMPUTED.dutch())) {
                String how = in.string("how");
                return in.build(() -> Provenance.computed(how));
            } else if (kind.equals(Provenance.Kind.ASSUMPTION.dutch())) {
                String reason = in.string("reason");
                return in.build(() -> Provenance.assumption(reason));
            }
            in.fieldProblem("kind", "must be one of bron, berekend, aanname, not '" + kind + "'");
            return null;
        }
    };

    private ProvenanceShape() {
    }
}
