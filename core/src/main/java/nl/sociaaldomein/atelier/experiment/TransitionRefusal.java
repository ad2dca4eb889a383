package nl.sociaaldomein.atelier.experiment;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.ProblemKind;

/**
 * Why a lifecycle refuses a transition: each kind is a stable problem code
 * ({@code experiment.not-allowed-from-state}) with its problem kind. A refused transition changes
 * nothing.
 */
public enum TransitionRefusal {
    /** The target state cannot be reached from the current one (e.g. restarting a stopped experiment). */
    NOT_ALLOWED_FROM_STATE(ProblemKind.CONFLICT),
    /** The transition's date is unknown; a step in the history needs at least a year. */
    DATE_UNKNOWN(ProblemKind.INVALID),
    /** The transition is dated before the previous step. */
    DATE_BEFORE_PREVIOUS_STEP(ProblemKind.CONFLICT),
    /** An extension whose new end is not after the current planned end. */
    END_NOT_LATER(ProblemKind.CONFLICT),
    /** A split into fewer than two successors. */
    TOO_FEW_SUCCESSORS(ProblemKind.INVALID);

    private final ProblemKind problemKind;

    TransitionRefusal(ProblemKind problemKind) {
        this.problemKind = problemKind;
    }

    /**
     * {@return the stable problem code: {@code experiment.} and the kind in lower-case words, e.g. {@code experiment.end-not-later}}
     */
    public String code() {
        return "experiment." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return what kind of problem a refusal of this kind is: invalid, conflict or not found} */
    public ProblemKind problemKind() {
        return problemKind;
    }
}
