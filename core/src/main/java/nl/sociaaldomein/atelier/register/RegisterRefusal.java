package nl.sociaaldomein.atelier.register;

import nl.sociaaldomein.atelier.events.RefusalKind;
import nl.sociaaldomein.atelier.problem.ProblemKind;

/**
 * The kinds of refusal of an experiment command; the names are stable, and so are the problem
 * codes made of them ({@code register.transition-refused}; docs/experiments.md, "Commands").
 */
public enum RegisterRefusal implements RefusalKind {
    /** The command names another register. */
    OTHER_REGISTER,
    /** Dated before the latest dated event of the register: a register records its steps in date order. */
    BEFORE_LATEST,
    /** An experiment with this number is registered already. */
    NUMBER_EXISTS,
    /** No experiment with this number is registered. */
    UNKNOWN_EXPERIMENT,
    /** A registration that is not as planned (steps, reviews or measurements in it). */
    NOT_AS_PLANNED,
    /** The lifecycle refuses the step (the lifecycle's reason in the message). */
    TRANSITION_REFUSED,
    /** No KPI with this name on the experiment. */
    UNKNOWN_KPI,
    /** A correction of an experiment that has no published row. */
    NO_PUBLISHED_ROW,
    /** Other writers kept appending to the journal; nothing was recorded: give the command again. */
    JOURNAL_CONTENDED;

    @Override
    public String area() {
        return "register";
    }

    /** Unknown experiments and KPIs are not found, another register and a registration not as planned are invalid, the rest conflicts. */
    @Override
    public ProblemKind problemKind() {
        switch (this) {
            case UNKNOWN_EXPERIMENT:
            case UNKNOWN_KPI:
                return ProblemKind.NOT_FOUND;
            case OTHER_REGISTER:
            case NOT_AS_PLANNED:
                return ProblemKind.INVALID;
            default:
                return ProblemKind.CONFLICT;
        }
    }
}
