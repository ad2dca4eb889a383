package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import org.junit.jupiter.api.Test;

class ExperimentRegisterTest {

    private static final Optional<Review> NONE = Optional.empty();

    private static PartialDate day(String text) {
        return PartialDate.parse(text).orElseThrow();
    }

    private static Experiment experiment(int number, String start, String end) {
        return Experiment.builder().number(new ExperimentNumber.Plain(number)).name("experiment " + number)
            .start(day(start)).plannedEnd(day(end)).build();
    }

    private static Experiment started(int number, String start, String end) {
        return experiment(number, start, end).apply(new Transition.Start(day(start), NONE)).orElseThrow();
    }

    // A: runs through 2018, reviewed once in April. B: stopped 1-3-2018. C: in preparation.
    // D: running since 2017, planned to end 31-3-2018, reviewed once in July 2017.
    private final Experiment a = started(1, "1-1-2018", "31-12-2018")
        .review(Review.of(LocalDate.of(2018, 4, 2), ReviewVerdict.CONTINUE, "Q1 op schema")).orElseThrow();
    private final Experiment b = started(2, "1-6-2017", "31-12-2018")
        .apply(new Transition.Stop(day("1-3-2018"), NONE)).orElseThrow();
    private final Experiment c = experiment(3, "1-10-2018", "");
    private final Experiment d = started(4, "1-1-2017", "31-3-2018")
        .review(Review.of(LocalDate.of(2017, 7, 5), ReviewVerdict.ADJUST, "instroom is een aandachtspunt")).orElseThrow();
    private final ExperimentRegister register = new ExperimentRegister(new RegisterSource("test", "test"),
        Optional.empty(), List.of(2017, 2018), List.of(a, b, c, d));

    @Test
    void runningOnADate() {
        assertThat(register.runningOn(LocalDate.of(2018, 2, 1))).containsExactly(a, b, d);
        assertThat(register.runningOn(LocalDate.of(2018, 4, 1))).containsExactly(a, d);
        assertThat(register.runningOn(LocalDate.of(2016, 12, 31))).isEmpty();
        assertThat(register.statesOn(LocalDate.of(2018, 4, 1))).containsValues(ExperimentState.RUNNING,
            ExperimentState.STOPPED, ExperimentState.IN_PREPARATION, ExperimentState.RUNNING);
    }

    @Test
    void endedAndHow() {
        assertThat(register.endedBy(LocalDate.of(2018, 2, 28))).isEmpty();
        assertThat(register.endedBy(LocalDate.of(2018, 3, 1))).extracting(Ended::experiment, Ended::how, Ended::on)
            .containsExactly(tuple(b, ExperimentState.STOPPED, day("1-3-2018")));
    }

    @Test
    void quarterlyReviewsDueWithinAMonthAndOverdueAfter() {
        ReviewCadence quarterly = ReviewCadence.quarterly(Period.ofMonths(1));
        // A: 31-3 met by the review of 2-4; 30-6 not met: due until 30-7, overdue after.
        assertThat(register.reviewsDue(LocalDate.of(2018, 7, 15), quarterly).stream().filter(r -> r.experiment() == a))
            .extracting(ReviewDue::dueOn, ReviewDue::status)
            .containsExactly(tuple(LocalDate.of(2018, 6, 30), ReviewDue.Status.DUE));
        assertThat(register.reviewsDue(LocalDate.of(2018, 9, 12), quarterly).stream().filter(r -> r.experiment() == a))
            .extracting(ReviewDue::dueOn, ReviewDue::status)
            .containsExactly(tuple(LocalDate.of(2018, 6, 30), ReviewDue.Status.OVERDUE));
        // B has stopped and C has not started: nothing due for them.
        assertThat(register.reviewsDue(LocalDate.of(2018, 9, 12), quarterly)).extracting(ReviewDue::experiment)
            .doesNotContain(b, c);
    }

    @Test
    void halfYearlyAndAtTheEnd() {
        ReviewCadence groningen = ReviewCadence.halfYearlyAndAtEnd(Period.ofMonths(1));
        assertThat(groningen.dueDates(LocalDate.of(2017, 1, 1), Optional.of(LocalDate.of(2018, 3, 31)), LocalDate.of(2019, 1, 1)))
            .containsExactly(LocalDate.of(2017, 6, 30), LocalDate.of(2017, 12, 31), LocalDate.of(2018, 3, 31));
        // D: 30-6-2017 met on 5-7-2017; 31-12-2017 overdue; the end review of 31-3-2018 due until 30-4.
        assertThat(register.reviewsDue(LocalDate.of(2018, 4, 15), groningen).stream().filter(r -> r.experiment() == d))
            .extracting(ReviewDue::dueOn, ReviewDue::status)
            .containsExactly(tuple(LocalDate.of(2017, 12, 31), ReviewDue.Status.OVERDUE),
                tuple(LocalDate.of(2018, 3, 31), ReviewDue.Status.DUE));
    }

    @Test
    void quarterEndsFollowTheCalendar() {
        assertThat(ReviewCadence.quarterly(Period.ZERO).dueDates(LocalDate.of(2015, 4, 1), Optional.empty(),
            LocalDate.of(2015, 12, 31))).containsExactly(LocalDate.of(2015, 6, 30), LocalDate.of(2015, 9, 30),
            LocalDate.of(2015, 12, 31));
    }
}
