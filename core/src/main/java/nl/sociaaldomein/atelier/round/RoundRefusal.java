package nl.sociaaldomein.atelier.round;

import nl.sociaaldomein.atelier.events.RefusalKind;
import nl.sociaaldomein.atelier.problem.ProblemKind;

/**
 * The kinds of refusal of a round command; the names are stable, and so are the problem codes
 * made of them ({@code round.assessment-closed}; docs/calls.md, "Commands"). The checks run in the order the table there gives, and the first kind found is the
 * refusal's, with every problem of that kind.
 */
public enum RoundRefusal implements RefusalKind {
    /** The command names another call than the round's. */
    OTHER_CALL,
    /** Dated before the latest dated event of the round: a round's commands are recorded in date order. */
    BEFORE_LATEST,
    /** The call was not opened yet. */
    CALL_NOT_OPEN,
    /** The call was opened before. */
    CALL_ALREADY_OPEN,
    /** A submission dated outside the call's intake phase (open for ideas). */
    OUTSIDE_INTAKE,
    /** An initiative with this id was submitted before. */
    INITIATIVE_EXISTS,
    /** No initiative with this id was submitted. */
    UNKNOWN_INITIATIVE,
    /** The initiative was withdrawn. */
    WITHDRAWN,
    /** The initiative has a decision in force (amend, withdraw and decide again are refused). */
    ALREADY_DECIDED,
    /** The assessment phase is closed (scores and amendments are refused). */
    ASSESSMENT_CLOSED,
    /** The assessment phase is still open (decisions are refused). */
    ASSESSMENT_OPEN,
    /** Scores the framework does not accept (unknown criterion, outside the scale). */
    INVALID_SCORES,
    /** Decisions the round refuses: above the call's maximum, barred, more than a pot has available, an illegal sequence. */
    INVALID_DECISIONS,
    /** An objection needs a decision in force. */
    NO_DECISION,
    /** An objection is already pending on this initiative. */
    OBJECTION_PENDING,
    /** No pending objection to decide on. */
    NO_OBJECTION,
    /**
     * Awb 4:27 lid 2: the decisions owed to applications filed before a lower ceiling was published
     * need more than the ceiling in force leaves; nothing was recorded (raise the ceiling, or fund
     * them from another pot).
     */
    CEILING_BELOW_PROTECTED,
    /** The ledger refuses the postings (ceiling, period, grant state); nothing was recorded. */
    LEDGER_REFUSED,
    /** Other writers kept appending to the journal; nothing was recorded: give the command again. */
    JOURNAL_CONTENDED;

    @Override
    public String area() {
        return "round";
    }

    /** Unknown initiatives are not found, scores and decisions the round cannot take as given are invalid, the rest conflicts. */
    @Override
    public ProblemKind problemKind() {
        switch (this) {
            case UNKNOWN_INITIATIVE:
                return ProblemKind.NOT_FOUND;
            case OTHER_CALL:
            case INVALID_SCORES:
            case INVALID_DECISIONS:
                return ProblemKind.INVALID;
            default:
                return ProblemKind.CONFLICT;
        }
    }
}
