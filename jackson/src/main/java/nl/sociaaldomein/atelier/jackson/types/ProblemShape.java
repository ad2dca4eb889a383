package nl.sociaaldomein.atelier.jackson.types;

import nl.sociaaldomein.atelier.assessment.Problem;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A {@link Problem} as it is now: {@code {"where": "call innovatieatelier-2016", "message": {"nl": ..., "en": ...}}}.
 * Kept in a class of its own so the shape of the library's one problem type can replace it here.
 */
public final class ProblemShape {

    /** The shape. */
    public static final ObjectShape<Problem> PROBLEM = Shape.object(Problem.class, (p, out) -> {
        out.field("where", p.where());
        out.field("message", p.message(), TextShape.TEXT);
    }, in -> {
        String where = in.string("where");
        Text message = in.get("message", TextShape.TEXT);
        return in.build(() -> new Problem(where, message));
    });

    private ProblemShape() {
    }
}
