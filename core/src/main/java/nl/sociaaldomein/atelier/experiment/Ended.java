package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/** An experiment that had ended by a date: how (stopped, completed, made regular, split) and when. */
public record Ended(Experiment experiment, ExperimentState how, PartialDate on) {

    public Ended {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(on, "on");
    }
}
