package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reviews with the half-year P&amp;C cycle (30-6 and 31-12) while the experiment runs, and one at its
 * planned end (Groningen: "Tussentijds en aan het einde van de rit").
 *
 * @param grace how long after a due date a missing review is "due" before it becomes "overdue"
 */
public record HalfYearlyAndAtEndCadence(Period grace) implements ReviewCadence {

    /**
     * Checks that the grace period is given.
     *
     * @param grace how long after a due date a missing review is "due" before it becomes "overdue"
     */
    public HalfYearlyAndAtEndCadence {
        Objects.requireNonNull(grace, "grace");
    }

    @Override
    public List<LocalDate> dueDates(LocalDate start, Optional<LocalDate> plannedEnd, LocalDate until) {
        TreeSet<LocalDate> dates = new TreeSet<>(QuarterlyCadence.PeriodEnds.between(start, plannedEnd, until, 6));
        plannedEnd.filter(end -> !end.isAfter(until) && !end.isBefore(start)).ifPresent(dates::add);
        return List.copyOf(dates);
    }
}
