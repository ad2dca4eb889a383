package nl.sociaaldomein.atelier.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * Which experiments ran when: one horizontal bar per row over the years. Dates keep their
 * precision: Oost Gelre's register has full dates, a bare year ("2016"), a month ("Maart 2018")
 * and empty end dates (004_09d1d1def8e42fc5.txt); charts show imprecise and open ends distinctly.
 *
 * @param asOf the date of the report; open-ended bars run up to it (or to the axis end if absent)
 */
public record TimelineChart(List<Span> rows, Optional<LocalDate> asOf) implements Chart {

    public TimelineChart {
        rows = List.copyOf(rows);
        Objects.requireNonNull(asOf, "asOf");
    }

    public static TimelineChart of(List<Span> rows) {
        return new TimelineChart(rows, Optional.empty());
    }

    public static TimelineChart asOf(LocalDate date, List<Span> rows) {
        return new TimelineChart(rows, Optional.of(date));
    }

    /** {@return the first year the axis needs; empty when no row has a known date} */
    public Optional<Integer> firstYear() {
        return rows.stream().flatMap(r -> r.start().year().or(() -> r.end().year()).stream())
            .min(Integer::compare);
    }

    /** {@return the last year the axis needs, including the as-of date} */
    public Optional<Integer> lastYear() {
        Optional<Integer> fromRows = rows.stream()
            .flatMap(r -> r.end().year().or(() -> r.start().year()).stream()).max(Integer::compare);
        Optional<Integer> fromAsOf = asOf.map(LocalDate::getYear);
        if (fromRows.isEmpty()) {
            return fromAsOf;
        }
        return Optional.of(Math.max(fromRows.get(), fromAsOf.orElse(fromRows.get())));
    }

    /**
     * One row: a name and its start and end at the precision the source gives, and optionally the
     * dates as the source writes them ("Maart 2018", an empty end), which the chart's data table shows
     * instead of re-spelling them.
     */
    public record Span(String label, PartialDate start, PartialDate end, Optional<String> publishedStart, Optional<String> publishedEnd) {
        public Span {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(publishedStart, "publishedStart");
            Objects.requireNonNull(publishedEnd, "publishedEnd");
        }

        public Span(String label, PartialDate start, PartialDate end) {
            this(label, start, end, Optional.empty(), Optional.empty());
        }

        /** This span with its dates as the source writes them. */
        public Span asPublished(Optional<String> start, Optional<String> end) {
            return new Span(label, this.start, this.end, start, end);
        }

        /** The end is not known: the row is still running or the source leaves it open. */
        public boolean isOpenEnded() {
            return !end.isKnown();
        }
    }
}
