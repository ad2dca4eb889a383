package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;

/** One accepted step of the history: the transition and the states before and after it. */
public record LifecycleStep(ExperimentState from, Transition transition, ExperimentState to) {

    public LifecycleStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(to, "to");
    }
}
