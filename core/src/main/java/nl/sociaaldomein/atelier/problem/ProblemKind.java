package nl.sociaaldomein.atelier.problem;

/**
 * What kind of problem it is, so that a caller can react without reading the message (an HTTP
 * layer maps them to 422, 409 and 404).
 */
public enum ProblemKind {
    /** The input is wrong in itself: a malformed file, an amount that is not positive, an unknown field. */
    INVALID,
    /**
     * The input is fine but the state does not allow it: a ceiling that would be exceeded, a phase
     * that is closed, an id taken by something else, a decision on a withdrawn initiative.
     */
    CONFLICT,
    /** The input names something that does not exist: an unknown pot, grant, initiative, profile or report. */
    NOT_FOUND
}
