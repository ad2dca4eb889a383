package nl.sociaaldomein.atelier.register;

/** The kinds of refusal of an experiment command; the names are stable codes (docs/experiments.md, "Commands"). */
public enum RegisterRefusal {
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
    /** The lifecycle refuses the step (see {@code TransitionRejection.Kind} in the message). */
    TRANSITION_REFUSED,
    /** No KPI with this name on the experiment. */
    UNKNOWN_KPI,
    /** A correction of an experiment that has no published row. */
    NO_PUBLISHED_ROW,
    /** Other writers kept appending to the journal; nothing was recorded: give the command again. */
    JOURNAL_CONTENDED
}
