package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A review the cadence asked for and no review has met yet.
 *
 * @param experiment the experiment
 * @param dueOn      the due date
 * @param status     due or overdue
 */
public record ReviewDue(Experiment experiment, LocalDate dueOn, Status status) {

    /** Due: within the grace period after the due date; overdue: past it. */
    public enum Status {
        /** Past the due date, within the grace period. */
        DUE,
        /** Past the grace period. */
        OVERDUE
    }

    /**
     * Checks that no component is missing.
     *
     * @param experiment the experiment
     * @param dueOn      the due date
     * @param status     due or overdue
     */
    public ReviewDue {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(status, "status");
    }
}
