package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A review at every calendar quarter end on which the experiment runs (Oost Gelre).
 *
 * @param grace how long after a due date a missing review is "due" before it becomes "overdue"
 */
public record QuarterlyCadence(Period grace) implements ReviewCadence {

    /**
     * Checks that the grace period is given.
     *
     * @param grace how long after a due date a missing review is "due" before it becomes "overdue"
     */
    public QuarterlyCadence {
        Objects.requireNonNull(grace, "grace");
    }

    @Override
    public List<LocalDate> dueDates(LocalDate start, Optional<LocalDate> plannedEnd, LocalDate until) {
        return PeriodEnds.between(start, plannedEnd, until, 3);
    }

    /** Month-aligned period ends (every {@code months} months from January) in a range. */
    static final class PeriodEnds {
        private PeriodEnds() {
        }

        static List<LocalDate> between(LocalDate start, Optional<LocalDate> plannedEnd, LocalDate until, int months) {
            LocalDate last = plannedEnd.filter(end -> end.isBefore(until)).orElse(until);
            List<LocalDate> out = new ArrayList<>();
            YearMonth ym = YearMonth.from(start);
            while ((ym.getMonthValue() % months) != 0) {
                ym = ym.plusMonths(1);
            }
            for (LocalDate day = ym.atEndOfMonth(); !day.isAfter(last); ym = ym.plusMonths(months), day = ym.atEndOfMonth()) {
                out.add(day);
            }
            return out;
        }
    }
}
