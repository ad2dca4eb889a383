package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.Objects;

/** A review the cadence asked for and no review has met yet. */
public record ReviewDue(Experiment experiment, LocalDate dueOn, Status status) {

    /** Due: within the grace period after the due date; overdue: past it. */
    public enum Status { DUE, OVERDUE }

    public ReviewDue {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(status, "status");
    }
}
