package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Stateful;
import nl.sociaaldomein.atelier.testkit.StatefulSpec;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of transitions against a reference model written out as a plain table: the
 * lifecycle accepts exactly what the model accepts, a rejected transition changes nothing, it never
 * leaves the state machine, and replaying its history gives the same lifecycle.
 */
class LifecycleProperties {

    /** The legal moves, written out independently of {@link ExperimentState#successors()}. */
    private static final Map<ExperimentState, Set<ExperimentState>> TABLE = new EnumMap<>(ExperimentState.class);

    static {
        ExperimentState[] fromRunning = {ExperimentState.EXTENDED, ExperimentState.BECOMING_REGULAR,
            ExperimentState.MADE_REGULAR, ExperimentState.COMPLETED, ExperimentState.STOPPED, ExperimentState.SPLIT};
        TABLE.put(ExperimentState.IN_PREPARATION, EnumSet.of(ExperimentState.RUNNING, ExperimentState.STOPPED));
        TABLE.put(ExperimentState.RUNNING, EnumSet.copyOf(List.of(fromRunning)));
        TABLE.put(ExperimentState.EXTENDED, EnumSet.copyOf(List.of(fromRunning)));
        TABLE.put(ExperimentState.BECOMING_REGULAR, EnumSet.of(ExperimentState.MADE_REGULAR, ExperimentState.STOPPED));
        for (ExperimentState ended : List.of(ExperimentState.STOPPED, ExperimentState.COMPLETED,
                ExperimentState.MADE_REGULAR, ExperimentState.SPLIT)) {
            TABLE.put(ended, EnumSet.noneOf(ExperimentState.class));
        }
    }

    /** The system under test: the current lifecycle (immutable; replaced on acceptance). */
    static final class Holder {
        Lifecycle lifecycle = Lifecycle.planned(PartialDate.ofYear(2016));
    }

    /** The reference model: the state, the last step's date, the planned end and what was accepted. */
    static final class Model {
        ExperimentState state = ExperimentState.IN_PREPARATION;
        PartialDate lastDate;
        PartialDate plannedEnd = PartialDate.ofYear(2016);
        final List<Transition> accepted = new ArrayList<>();
    }

    private final Tally tally = new Tally();
    private final Tally reached = new Tally();

    @Test
    void transitionsNeverLeaveTheStateMachineAndReplayGivesTheSameLifecycle() {
        Stateful.named("lifecycle against a transition table").steps(40, 8).check(new LifecycleSpec());
        if (!Settings.fullRun()) {
            return; // what the generator reached is asserted on full-length runs only
        }
        assertThat(tally.fraction("accepted")).as(tally.toString()).isGreaterThan(0.1);
        assertThat(tally.fraction("rejected NOT_ALLOWED_FROM_STATE")).as(tally.toString()).isGreaterThan(0.05);
        for (String kind : List.of("DATE_UNKNOWN", "DATE_BEFORE_PREVIOUS_STEP", "END_NOT_LATER", "TOO_FEW_SUCCESSORS")) {
            assertThat(tally.count("rejected " + kind)).as(kind + " in " + tally).isPositive();
        }
        for (ExperimentState s : ExperimentState.values()) {
            assertThat(reached.count(s.toString())).as(s + " in " + reached).isPositive();
        }
    }

    final class LifecycleSpec implements StatefulSpec<Holder, Model, Transition> {

        @Override
        public Holder newSystem() {
            return new Holder();
        }

        @Override
        public Model newModel() {
            return new Model();
        }

        @Override
        public Gen<Transition> nextOperation(Model model) {
            int fromYear = model.lastDate == null ? 2014 : model.lastDate.year().orElseThrow();
            Gen<PartialDate> on = dates(Math.max(2010, fromYear - 1), fromYear + 2);
            Gen<Optional<Review>> review = Gen.oneOf(Optional.<Review>empty(),
                Optional.of(Review.of(LocalDate.of(2017, 3, 31), ReviewVerdict.CONTINUE, "kwartaalrapportage")));
            Gen<Transition> start = Gen.combine(on, review, Transition.Start::new);
            Gen<Transition> extend = source -> new Transition.Extend(on.generate(source),
                dates(2015, 2021).generate(source), review.generate(source));
            Gen<Transition> decide = Gen.combine(on, review, Transition.DecideRegular::new);
            Gen<Transition> regular = Gen.combine(on, review, Transition.MakeRegular::new);
            Gen<Transition> complete = Gen.combine(on, review, Transition.Complete::new);
            Gen<Transition> stop = Gen.combine(on, review, Transition.Stop::new);
            Gen<Transition> split = source -> new Transition.Split(on.generate(source),
                successors(Gen.ints(0, 3).generate(source)), review.generate(source));
            return Gen.frequency(List.of(Gen.weighted(4, start), Gen.weighted(4, extend), Gen.weighted(2, decide),
                Gen.weighted(1, regular), Gen.weighted(1, complete), Gen.weighted(1, stop), Gen.weighted(1, split)));
        }

        @Override
        public void step(Holder system, Model model, Transition t) {
            Lifecycle before = system.lifecycle;
            Result<Lifecycle> result = before.apply(t);
            Optional<TransitionRefusal> expected = modelDecides(model, t);
            if (expected.isPresent()) {
                tally.add("rejected " + expected.get());
                assertThat(result.isFailed()).as("refused: " + t).isTrue();
                assertThat(result.problems().get(0).code()).isEqualTo(expected.get().code());
                assertThat(result.problems().get(0).place().subject("state")).contains(model.state.name());
                assertThat(before.state()).isEqualTo(model.state);
                return;
            }
            tally.add("accepted");
            assertThat(result.isOk()).as("accepted: " + t + " but " + result.problems()).isTrue();
            system.lifecycle = result.orElseThrow();
            model.state = t.target();
            model.lastDate = t.on();
            if (t instanceof Transition.Extend extend) {
                model.plannedEnd = extend.newEnd();
            }
            model.accepted.add(t);
            reached.add(model.state.toString());
        }

        @Override
        public void checkInvariants(Holder system, Model model) {
            Lifecycle lifecycle = system.lifecycle;
            reached.add(lifecycle.state().toString());
            assertThat(lifecycle.state()).isEqualTo(model.state);
            assertThat(lifecycle.transitions()).isEqualTo(model.accepted);
            assertThat(lifecycle.plannedEnd()).isEqualTo(model.plannedEnd);
            for (LifecycleStep step : lifecycle.history()) {
                assertThat(TABLE.get(step.from())).as("step " + step).contains(step.to());
            }
            Lifecycle replayed = Lifecycle.replay(lifecycle.initialPlannedEnd(), lifecycle.transitions()).orElseThrow();
            assertThat(replayed).isEqualTo(lifecycle);
            assertThat(replayed.state()).isEqualTo(lifecycle.state());
        }
    }

    /** The model's own answer: the kind of refusal in the documented order, or empty to accept. */
    private static Optional<TransitionRefusal> modelDecides(Model model, Transition t) {
        if (!t.on().isKnown()) {
            return Optional.of(TransitionRefusal.DATE_UNKNOWN);
        }
        if (!TABLE.get(model.state).contains(t.target())) {
            return Optional.of(TransitionRefusal.NOT_ALLOWED_FROM_STATE);
        }
        if (model.lastDate != null && t.on().latest().get().isBefore(model.lastDate.earliest().get())) {
            return Optional.of(TransitionRefusal.DATE_BEFORE_PREVIOUS_STEP);
        }
        if (t instanceof Transition.Split split && split.successors().size() < 2) {
            return Optional.of(TransitionRefusal.TOO_FEW_SUCCESSORS);
        }
        if (t instanceof Transition.Extend extend && extend.newEnd().isKnown() && model.plannedEnd.isKnown()
                && extend.newEnd().latest().get().compareTo(model.plannedEnd.latest().get()) <= 0) {
            return Optional.of(TransitionRefusal.END_NOT_LATER);
        }
        return Optional.empty();
    }

    /** Dates at every precision within the years, and now and then an unknown one. */
    private static Gen<PartialDate> dates(int fromYear, int toYear) {
        Gen<Integer> years = Gen.ints(fromYear, toYear);
        Gen<PartialDate> days = source -> PartialDate.of(LocalDate.of(years.generate(source),
            Gen.ints(1, 12).generate(source), Gen.ints(1, 28).generate(source)));
        Gen<PartialDate> months = Gen.combine(years, Gen.ints(1, 12), PartialDate::ofMonth);
        return Gen.frequency(List.of(Gen.weighted(6, days), Gen.weighted(2, months),
            Gen.weighted(2, years.map(PartialDate::ofYear)), Gen.weighted(1, Gen.constant(PartialDate.unknown()))));
    }

    private static List<Successor> successors(int count) {
        List<Successor> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Successor("opvolger " + (i + 1), Lifecycle.planned(PartialDate.unknown()), Optional.empty()));
        }
        return out;
    }
}
