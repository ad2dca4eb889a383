package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;

/**
 * One accepted step of the history: the transition and the states before and after it.
 *
 * @param from       the state before
 * @param transition the step, with its date
 * @param to         the state after
 */
public record LifecycleStep(ExperimentState from, Transition transition, ExperimentState to) {

    /**
     * Checks that no component is missing.
     *
     * @param from       the state before
     * @param transition the step, with its date
     * @param to         the state after
     */
    public LifecycleStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(to, "to");
    }
}
