package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * An experiment that had ended by a date: how (stopped, completed, made regular, split) and when.
 *
 * @param experiment the experiment
 * @param how        the state it ended in: stopped, completed, made regular or split
 * @param on         the day it ended, at the precision known
 */
public record Ended(Experiment experiment, ExperimentState how, PartialDate on) {

    /**
     * Checks that no component is missing.
     *
     * @param experiment the experiment
     * @param how        the state it ended in: stopped, completed, made regular or split
     * @param on         the day it ended, at the precision known
     */
    public Ended {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(on, "on");
    }
}
