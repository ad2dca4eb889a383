package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * An experiment's lifecycle as a state machine with its full history. Immutable: {@link #apply}
 * returns a new lifecycle, or a failed {@link Result} whose problem says why (a
 * {@link TransitionRefusal} code, placed at the state and the step's target state, in Dutch and
 * English) and leaves this one as it was.
 * Replaying the history's transitions on a fresh lifecycle gives the same state.
 */
public final class Lifecycle {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final PartialDate initialPlannedEnd;
    private final List<LifecycleStep> history;

    private Lifecycle(PartialDate initialPlannedEnd, List<LifecycleStep> history) {
        this.initialPlannedEnd = Objects.requireNonNull(initialPlannedEnd, "initialPlannedEnd");
        this.history = List.copyOf(history);
    }

    /**
     * A new experiment, in preparation, planned to end on {@code plannedEnd} (may be unknown).
     *
     * @param plannedEnd the planned end as the plan gives it (a year, a month or a day; may be unknown)
     * @return the lifecycle, without steps
     */
    public static Lifecycle planned(PartialDate plannedEnd) {
        return new Lifecycle(plannedEnd, List.of());
    }

    /**
     * Applies the transitions in order from a fresh lifecycle; the first refusal is returned.
     *
     * @param plannedEnd  the planned end as first planned
     * @param transitions the steps, oldest first
     * @return the lifecycle, or the first refusal (a {@link TransitionRefusal} code)
     */
    public static Result<Lifecycle> replay(PartialDate plannedEnd, List<Transition> transitions) {
        Result<Lifecycle> current = Result.ok(planned(plannedEnd));
        for (Transition t : transitions) {
            current = current.flatMap(lifecycle -> lifecycle.apply(t));
        }
        return current;
    }

    /**
     * The state now: that of the last step, or in preparation before any step.
     *
     * @return the current state
     */
    public ExperimentState state() {
        return history.isEmpty() ? ExperimentState.IN_PREPARATION : history.get(history.size() - 1).to();
    }

    /**
     * Every step taken, oldest first, each with the state it led from and to.
     *
     * @return the history (unmodifiable)
     */
    public List<LifecycleStep> history() {
        return history;
    }

    /**
     * The transitions of the history, oldest first: what {@link #replay} takes to rebuild this lifecycle.
     *
     * @return the transitions
     */
    public List<Transition> transitions() {
        return history.stream().map(LifecycleStep::transition).toList();
    }

    /**
     * The planned end as first planned, before any extension.
     *
     * @return the first planned end (may be unknown)
     */
    public PartialDate initialPlannedEnd() {
        return initialPlannedEnd;
    }

    /**
     * The planned end now: the last extension's new end, or the first plan.
     *
     * @return the planned end (may be unknown)
     */
    public PartialDate plannedEnd() {
        PartialDate end = initialPlannedEnd;
        for (LifecycleStep step : history) {
            if (step.transition() instanceof Transition.Extend extend) {
                end = extend.newEnd();
            }
        }
        return end;
    }

    /**
     * When the experiment started, if it did.
     *
     * @return the date of the step into running
     */
    public Optional<PartialDate> started() {
        return history.stream().filter(s -> s.to() == ExperimentState.RUNNING).findFirst().map(s -> s.transition().on());
    }

    /**
     * The step that ended the experiment, if it ended.
     *
     * @return the ending step
     */
    public Optional<LifecycleStep> ending() {
        return history.stream().filter(s -> s.to().isEnded()).findFirst();
    }

    /**
     * The state on a day. A step counts from the last day its date can mean (a step dated "2016"
     * counts from 31-12-2016): the state is what is certain by that day, never a guess.
     *
     * @param day the day
     * @return the state on that day
     */
    public ExperimentState stateOn(LocalDate day) {
        ExperimentState state = ExperimentState.IN_PREPARATION;
        for (LifecycleStep step : history) {
            if (step.transition().on().latest().orElseThrow().isAfter(day)) {
                break;
            }
            state = step.to();
        }
        return state;
    }

    /**
     * This lifecycle with the transition added, or why it cannot be; this lifecycle never changes.
     *
     * @param t the step to take
     * @return the new lifecycle, or one problem with a {@link TransitionRefusal} code:
     *         {@code experiment.date-unknown}, {@code experiment.not-allowed-from-state},
     *         {@code experiment.date-before-previous-step}, {@code experiment.too-few-successors}
     *         or {@code experiment.end-not-later}
     */
    public Result<Lifecycle> apply(Transition t) {
        Objects.requireNonNull(t, "transition");
        ExperimentState from = state();
        if (!t.on().isKnown()) {
            return reject(TransitionRefusal.DATE_UNKNOWN, t, "een stap heeft een datum nodig (ten minste een jaar)",
                "a step needs a date (at least a year)");
        }
        if (!from.canMoveTo(t.target())) {
            return reject(TransitionRefusal.NOT_ALLOWED_FROM_STATE, t,
                notAllowed(from, t.target(), NL), notAllowed(from, t.target(), Locale.ENGLISH));
        }
        if (!history.isEmpty()) {
            PartialDate previous = history.get(history.size() - 1).transition().on();
            if (t.on().latest().orElseThrow().isBefore(previous.earliest().orElseThrow())) {
                return reject(TransitionRefusal.DATE_BEFORE_PREVIOUS_STEP, t,
                    "gedateerd " + t.on() + ", vóór de vorige stap van " + previous,
                    "dated " + t.on() + ", before the previous step of " + previous);
            }
        }
        if (t instanceof Transition.Split split && split.successors().size() < 2) {
            return reject(TransitionRefusal.TOO_FEW_SUCCESSORS, t,
                "een splitsing heeft ten minste twee opvolgers nodig, gegeven: " + split.successors().size(),
                "a split needs at least two successors, got " + split.successors().size());
        }
        if (t instanceof Transition.Extend extend && extend.newEnd().isKnown() && plannedEnd().isKnown()
                && !extend.newEnd().latest().orElseThrow().isAfter(plannedEnd().latest().orElseThrow())) {
            return reject(TransitionRefusal.END_NOT_LATER, t,
                "het nieuwe einde " + extend.newEnd() + " ligt niet na het geplande einde " + plannedEnd(),
                "the new end " + extend.newEnd() + " is not after the planned end " + plannedEnd());
        }
        List<LifecycleStep> next = new ArrayList<>(history);
        next.add(new LifecycleStep(from, t, t.target()));
        return Result.ok(new Lifecycle(initialPlannedEnd, next));
    }

    /**
     * "kan niet van 'Loopt' naar 'Loopt'; wel naar: 'Loopt, verlengd', …" in the state words the
     * reports use ({@link ExperimentState#label()}), in Dutch or English.
     */
    private static String notAllowed(ExperimentState from, ExperimentState to, Locale locale) {
        boolean english = Text.isEnglish(locale);
        String step = (english ? "cannot go from '" : "kan niet van '") + from.label().in(locale) + (english ? "' to '" : "' naar '")
            + to.label().in(locale) + "'";
        if (from.successors().isEmpty()) {
            return step + (english ? ": an ended experiment takes no further step" : ": een afgelopen experiment zet geen stap meer");
        }
        return step + (english ? "; allowed: " : "; wel naar: ") + ExperimentState.labels(from.successors(), locale);
    }

    private Result<Lifecycle> reject(TransitionRefusal refusal, Transition t, String nl, String en) {
        return Result.failed(refused(refusal, state(), Optional.of(t.target()), nl, en));
    }

    /** A refusal as a problem, placed at the state it stays in and the state the step would have reached. */
    static Problem refused(TransitionRefusal refusal, ExperimentState from, Optional<ExperimentState> to, String nl, String en) {
        Place place = Place.about("state", from.name());
        return new Problem(refusal.code(), refusal.problemKind(), to.map(target -> place.and("to", target.name())).orElse(place),
            Text.of(nl, en));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lifecycle other && initialPlannedEnd.equals(other.initialPlannedEnd) && history.equals(other.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(initialPlannedEnd, history);
    }

    @Override
    public String toString() {
        return "Lifecycle[" + state() + ", " + history.size() + " steps, planned end " + plannedEnd() + "]";
    }
}
