package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * When reviews of a running experiment fall due; a profile binds one. Oost Gelre reports every
 * quarter ("Elk kwartaal wordt er voor het college een rapportage gemaakt over de experimenten",
 * 004_09d1d1def8e42fc5.txt); Groningen reviews with the half-year P&amp;C cycle and at the end
 * ("Tussentijds en aan het einde van de rit bekijken we hoe een project ervoor staat",
 * 003_8cbc039ce30155df.txt).
 */
public interface ReviewCadence {

    /**
     * The due dates for an experiment running from {@code start} with planned end {@code plannedEnd}
     * (empty when unknown), from {@code start} up to and including {@code until}, in order.
     *
     * @param start      the day the experiment started
     * @param plannedEnd its planned end, if known
     * @param until      the last day to give due dates for
     * @return the due dates
     */
    List<LocalDate> dueDates(LocalDate start, Optional<LocalDate> plannedEnd, LocalDate until);

    /** {@return how long after a due date a missing review is "due" before it becomes "overdue"} */
    Period grace();

    /**
     * Calendar quarter ends (31-3, 30-6, 30-9, 31-12) while the experiment runs.
     *
     * @param grace how long a missing review is "due" before it becomes "overdue"
     * @return the cadence
     */
    static ReviewCadence quarterly(Period grace) {
        return new QuarterlyCadence(grace);
    }

    /**
     * Half-year ends (30-6, 31-12) while it runs, and its planned end.
     *
     * @param grace how long a missing review is "due" before it becomes "overdue"
     * @return the cadence
     */
    static ReviewCadence halfYearlyAndAtEnd(Period grace) {
        return new HalfYearlyAndAtEndCadence(grace);
    }
}
