package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a lifecycle refused a transition. A refused transition changes nothing.
 *
 * @param kind       what kind of mistake it is
 * @param from       the state the lifecycle was in (and still is)
 * @param transition the refused transition (empty for a review that would change no state, e.g.
 *                   CONTINUE on a stopped experiment)
 * @param reason     a sentence saying what is wrong
 */
public record TransitionRejection(Kind kind, ExperimentState from, Optional<Transition> transition, String reason) {

    /** The kinds of illegal transition. */
    public enum Kind {
        /** The target state cannot be reached from the current one (e.g. restarting a stopped experiment). */
        NOT_ALLOWED_FROM_STATE,
        /** The transition's date is unknown; a step in the history needs at least a year. */
        DATE_UNKNOWN,
        /** The transition is dated before the previous step. */
        DATE_BEFORE_PREVIOUS_STEP,
        /** An extension whose new end is not after the current planned end. */
        END_NOT_LATER,
        /** A split into fewer than two successors. */
        TOO_FEW_SUCCESSORS
    }

    public TransitionRejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(transition, "transition");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return kind + " from " + from + ": " + reason;
    }
}
