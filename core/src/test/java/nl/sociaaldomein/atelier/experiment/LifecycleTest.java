package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private static final Optional<Review> NONE = Optional.empty();

    private static PartialDate day(String text) {
        return PartialDate.parse(text).orElseThrow();
    }

    private static Lifecycle running() {
        return Lifecycle.planned(day("30-9-2018")).apply(new Transition.Start(day("14-9-2017"), NONE)).orElseThrow();
    }

    private static void assertRefused(Lifecycle lifecycle, Transition t, TransitionRefusal kind, String reason) {
        Result<Lifecycle> result = lifecycle.apply(t);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(kind.code());
            assertThat(problem.kind()).isEqualTo(kind.problemKind());
            assertThat(problem.message(Locale.ENGLISH)).contains(reason);
            assertThat(problem.message(Locale.forLanguageTag("nl-NL"))).isNotBlank().isNotEqualTo(problem.message(Locale.ENGLISH));
            assertThat(problem.place().subject("state")).contains(lifecycle.state().name());
            assertThat(problem.place().subject("to")).contains(t.target().name());
        });
    }

    @Test
    void aRefusedStepIsAProblemWithItsCodeKindPlaceAndBothTexts() {
        Lifecycle stopped = running().apply(new Transition.Stop(day("1-3-2018"), NONE)).orElseThrow();
        Result<Lifecycle> restarted = stopped.apply(new Transition.Start(day("1-4-2018"), NONE));
        assertThat(restarted.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("experiment.not-allowed-from-state");
            assertThat(problem.kind()).isEqualTo(ProblemKind.CONFLICT);
            assertThat(problem.place()).isEqualTo(Place.about("state", "STOPPED").and("to", "RUNNING"));
            assertThat(problem.message().en()).isEqualTo("cannot go from 'Stopped' to 'Running': an ended experiment takes no further step");
            assertThat(problem.message().nl()).isEqualTo("kan niet van 'Beëindigd' naar 'Loopt': een afgelopen experiment zet geen stap meer");
        });
    }

    @Test
    void aRefusedStepNamesTheStatesInTheWordsOfTheReportsNotTheirCodeNames() {
        Result<Lifecycle> again = running().apply(new Transition.Start(day("1-10-2017"), NONE));
        assertThat(again.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message().nl()).isEqualTo("kan niet van 'Loopt' naar 'Loopt'; wel naar: 'Loopt, verlengd', "
                + "'Wordt omgezet naar regulier', 'Beëindigd', 'Afgerond', 'Regulier ingezet', 'Opgesplitst'");
            assertThat(problem.message().en()).isEqualTo("cannot go from 'Running' to 'Running'; allowed: 'Running, extended', "
                + "'Becoming regular policy', 'Stopped', 'Completed', 'Made regular policy', 'Split'");
            for (ExperimentState state : ExperimentState.values()) {
                assertThat(problem.message().nl()).doesNotContain(state.name());
                assertThat(problem.message().en()).doesNotContain(state.name());
            }
        });
    }

    @Test
    void refusesAMoveTheStateMachineDoesNotHave() {
        Lifecycle stopped = running().apply(new Transition.Stop(day("1-3-2018"), NONE)).orElseThrow();
        assertRefused(stopped, new Transition.Start(day("1-4-2018"), NONE), TransitionRefusal.NOT_ALLOWED_FROM_STATE,
            "cannot go from 'Stopped' to 'Running'");
        assertRefused(Lifecycle.planned(PartialDate.unknown()), new Transition.Complete(day("2016"), NONE),
            TransitionRefusal.NOT_ALLOWED_FROM_STATE, "cannot go from 'In preparation' to 'Completed'; allowed: 'Running', 'Stopped'");
        assertRefused(running(), new Transition.Start(day("1-10-2017"), NONE), TransitionRefusal.NOT_ALLOWED_FROM_STATE,
            "cannot go from 'Running' to 'Running'");
    }

    @Test
    void refusesAStepWithoutADate() {
        assertRefused(running(), new Transition.Stop(PartialDate.unknown(), NONE), TransitionRefusal.DATE_UNKNOWN,
            "needs a date");
    }

    @Test
    void refusesAStepDatedBeforeThePreviousOneButAcceptsAnOverlappingPartialDate() {
        assertRefused(running(), new Transition.Stop(day("2016"), NONE), TransitionRefusal.DATE_BEFORE_PREVIOUS_STEP,
            "before the previous step of 14-9-2017");
        // "2017" may mean a day after 14-9-2017, so it is not certainly before: accepted.
        assertThat(running().apply(new Transition.Stop(day("2017"), NONE)).isOk()).isTrue();
    }

    @Test
    void refusesAnExtensionThatDoesNotExtend() {
        assertRefused(running(), new Transition.Extend(day("1-9-2018"), day("Augustus 2018"), NONE),
            TransitionRefusal.END_NOT_LATER, "is not after the planned end 30-9-2018");
        Lifecycle extended = running().apply(new Transition.Extend(day("1-9-2018"), day("31-12-2019"), NONE)).orElseThrow();
        assertThat(extended.plannedEnd()).isEqualTo(day("31-12-2019"));
        assertThat(extended.initialPlannedEnd()).isEqualTo(day("30-9-2018"));
    }

    @Test
    void refusesASplitIntoFewerThanTwo() {
        Successor one = new Successor("Buurtsportcoaches", Lifecycle.planned(PartialDate.unknown()), Optional.empty());
        assertRefused(running(), new Transition.Split(day("2018"), List.of(one), NONE),
            TransitionRefusal.TOO_FEW_SUCCESSORS, "at least two successors, got 1");
    }

    @Test
    void keepsTheHistoryWithTheReviewThatCausedEachStepAndAnswersForAnyDay() {
        Experiment e = Experiment.builder().number(new ExperimentNumber.Plain(9)).name("Minimanna markt")
            .start(day("1-5-2017")).plannedEnd(day("1-5-2018")).build()
            .apply(new Transition.Start(day("1-5-2017"), NONE)).orElseThrow();
        Review extend = Review.extend(LocalDate.of(2018, 3, 31), day("31-12-2018"), "loopt goed, meer tijd nodig");
        Review stop = Review.of(LocalDate.of(2018, 12, 31), ReviewVerdict.STOP, "doel niet gehaald");
        Experiment reviewed = e.review(extend).orElseThrow().review(stop).orElseThrow();

        assertThat(reviewed.state()).isEqualTo(ExperimentState.STOPPED);
        assertThat(reviewed.reviews()).containsExactly(extend, stop);
        assertThat(reviewed.lifecycle().history()).extracting(LifecycleStep::to)
            .containsExactly(ExperimentState.RUNNING, ExperimentState.EXTENDED, ExperimentState.STOPPED);
        assertThat(reviewed.lifecycle().history().get(1).transition().review()).contains(extend);
        assertThat(reviewed.actualEnd()).contains(day("31-12-2018"));
        assertThat(reviewed.lifecycle().stateOn(LocalDate.of(2017, 4, 30))).isEqualTo(ExperimentState.IN_PREPARATION);
        assertThat(reviewed.lifecycle().stateOn(LocalDate.of(2018, 6, 1))).isEqualTo(ExperimentState.EXTENDED);

        // A CONTINUE review of a stopped experiment is refused and changes nothing.
        Result<Experiment> late = reviewed.review(Review.of(LocalDate.of(2019, 3, 31), ReviewVerdict.CONTINUE, "doorgaan"));
        assertThat(late.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(TransitionRefusal.NOT_ALLOWED_FROM_STATE.code());
            assertThat(problem.place()).isEqualTo(Place.about("experiment", "9").and("state", "STOPPED"));
            assertThat(problem.message().en()).isEqualTo("a CONTINUE review of an experiment that is STOPPED");
            assertThat(problem.message().nl()).isEqualTo("een beoordeling CONTINUE van een experiment dat STOPPED is");
        });
        assertThat(reviewed.reviews()).hasSize(2);
    }

    @Test
    void aStepDatedOnlyByYearCountsFromTheLastDayOfThatYear() {
        Lifecycle done = Lifecycle.replay(day("2016"), List.of(new Transition.Start(day("4-2-2015"), NONE),
            new Transition.Complete(day("2016"), NONE))).orElseThrow();
        assertThat(done.stateOn(LocalDate.of(2016, 7, 1))).isEqualTo(ExperimentState.RUNNING);
        assertThat(done.stateOn(LocalDate.of(2016, 12, 31))).isEqualTo(ExperimentState.COMPLETED);
    }
}
