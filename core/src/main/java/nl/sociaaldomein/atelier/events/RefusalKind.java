package nl.sociaaldomein.atelier.events;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.ProblemKind;

/**
 * A kind of refusal of a command (a round's, a register's): its stable problem code and what kind
 * of problem it is, so that every problem of a {@link Refusal} carries them.
 */
public interface RefusalKind {

    /** {@return the area of the codes, e.g. {@code round}} */
    String area();

    /** {@return what kind of problem a refusal of this kind is: an HTTP layer answers 404, 422 or 409 by it} */
    ProblemKind problemKind();

    /** {@return the enum constant's name} */
    String name();

    /**
     * {@return the kind's stable problem code, e.g. {@code round.assessment-closed} for the kind {@code ASSESSMENT_CLOSED} of a round}
     */
    default String code() {
        return area() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
