package nl.sociaaldomein.atelier.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planning-and-control calendar a municipality reports its innovation work in: the recurring
 * reporting moments, e.g. a half-year report and the annual accounts, or a quarterly report to
 * the college. Every profile binds one.
 */
public final class PlanningCalendar {

    private final List<ReportingMoment> moments;

    private PlanningCalendar(List<ReportingMoment> moments) {
        this.moments = List.copyOf(moments);
    }

    /**
     * A calendar of at least one moment, with distinct ids.
     *
     * @param moments the moments, in the order reports list them
     * @return the calendar
     * @throws IllegalArgumentException when there is no moment or two share an id
     */
    public static PlanningCalendar of(ReportingMoment... moments) {
        if (moments.length == 0) {
            throw new IllegalArgumentException("a planning calendar needs at least one reporting moment");
        }
        Set<String> ids = new HashSet<>();
        for (ReportingMoment moment : moments) {
            if (!ids.add(moment.id())) {
                throw new IllegalArgumentException("reporting moment '" + moment.id() + "' appears twice in one calendar");
            }
        }
        return new PlanningCalendar(List.of(moments));
    }

    /** {@return the moments, in the calendar's order} */
    public List<ReportingMoment> moments() {
        return moments;
    }

    /**
     * The moment with this id.
     *
     * @param id the moment's id
     * @return the moment, or empty
     */
    public Optional<ReportingMoment> moment(String id) {
        return moments.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Every period end in a calendar year with the moment that reports on it, by date then moment order.
     *
     * @param year the calendar year
     * @return each period end with its moment
     */
    public List<Map.Entry<LocalDate, ReportingMoment>> dueIn(int year) {
        List<Map.Entry<LocalDate, ReportingMoment>> due = new ArrayList<>();
        for (ReportingMoment moment : moments) {
            for (LocalDate end : moment.periodEndsIn(year)) {
                due.add(Map.entry(end, moment));
            }
        }
        due.sort(Comparator.comparing(Map.Entry<LocalDate, ReportingMoment>::getKey));
        return List.copyOf(due);
    }

    @Override
    public String toString() {
        return "PlanningCalendar" + moments.stream().map(ReportingMoment::id).toList();
    }
}
