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
 * @param rows one bar per row, in the order shown
 */
public record TimelineChart(List<Span> rows, Optional<LocalDate> asOf) implements Chart {

    /**
     * Keeps a copy of the rows.
     *
     * @param rows one bar per row, in the order shown
     * @param asOf the date of the report; open-ended bars run up to it (or to the axis end if absent)
     */
    public TimelineChart {
        rows = List.copyOf(rows);
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * A chart without a report date: open ends run to the axis end.
     *
     * @param rows the rows, in the order shown
     * @return the chart
     */
    public static TimelineChart of(List<Span> rows) {
        return new TimelineChart(rows, Optional.empty());
    }

    /**
     * A chart whose open ends run up to the report's date.
     *
     * @param date the report's date
     * @param rows the rows, in the order shown
     * @return the chart
     */
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
     *
     * @param label          the row's name
     * @param start          the start, at the source's precision
     * @param end            the end, at the source's precision; unknown for an open end
     * @param publishedStart the start as the source writes it, if shown so
     * @param publishedEnd   the end as the source writes it, if shown so
     */
    public record Span(String label, PartialDate start, PartialDate end, Optional<String> publishedStart, Optional<String> publishedEnd) {
        /**
         * Checks that no component is missing.
         *
         * @param label          the row's name
         * @param start          the start, at the source's precision
         * @param end            the end, at the source's precision; unknown for an open end
         * @param publishedStart the start as the source writes it, if shown so
         * @param publishedEnd   the end as the source writes it, if shown so
         */
        public Span {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(publishedStart, "publishedStart");
            Objects.requireNonNull(publishedEnd, "publishedEnd");
        }

        /**
         * A row without the dates as the source writes them.
         *
         * @param label the row's name
         * @param start the start, at the source's precision
         * @param end   the end, at the source's precision; unknown for an open end
         */
        public Span(String label, PartialDate start, PartialDate end) {
            this(label, start, end, Optional.empty(), Optional.empty());
        }

        /**
         * This span with its dates as the source writes them.
         *
         * @param start the start as written, if shown so
         * @param end   the end as written, if shown so
         * @return a new span; this one is unchanged
         */
        public Span asPublished(Optional<String> start, Optional<String> end) {
            return new Span(label, this.start, this.end, start, end);
        }

        /** {@return whether the end is not known: the row is still running or the source leaves it open} */
        public boolean isOpenEnded() {
            return !end.isKnown();
        }
    }
}
