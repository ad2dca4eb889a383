package nl.sociaaldomein.atelier.assessment;

/** How a criterion counts in the outcome. */
public enum CriterionKind {
    /** Must pass; failing it makes the initiative ineligible whatever its score. */
    KNOCK_OUT,
    /** Scored on a scale and weighted into the total. */
    SCORED,
    /** Recorded and shown in the motivation, but never decides. */
    INFORMATIONAL
}
