package nl.sociaaldomein.atelier.render;

import java.time.LocalDate;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.TimelineChart;

/**
 * Rows on a timeline of years. The known part of a row is solid; where a start or end is known
 * only to the month or year ("2016", "Maart 2018") the span it may cover is striped; an open end
 * fades out up to the report date (or the axis end). A dashed line marks the report date.
 */
final class SvgTimeline {

    private static final double LEFT = 10;
    private static final double AXIS_WIDTH = SvgCanvas.WIDTH - 20;
    private static final int TOP = 56;
    private static final int ROW = 40;

    private SvgTimeline() {
    }

    static String draw(TimelineChart chart, String id, String title, RenderOptions o) {
        int height = TOP + ROW * Math.max(1, chart.rows().size()) + 10;
        SvgCanvas svg = new SvgCanvas(id).open(height, title, ChartSummary.of(chart, o))
            .hatch("imprecise", "#c9dbe8", SvgCanvas.GRANTED).fade("open", SvgCanvas.GRANTED);
        double x = svg.legend(LEFT, 16, SvgCanvas.GRANTED, Wording.label(Label.RUNNING, o));
        x = svg.legend(x, 16, svg.ref("imprecise"), Wording.label(Label.IMPRECISE, o));
        svg.legend(x, 16, svg.ref("open"), Wording.label(Label.OPEN_END, o));
        if (chart.firstYear().isEmpty()) {
            svg.text(LEFT, TOP + 20, Wording.label(Label.NO_DATA, o), "start", SvgCanvas.MUTED, false, 80);
            return svg.close();
        }
        Axis axis = new Axis(chart.firstYear().get(), chart.lastYear().get());
        years(svg, axis, height);
        LocalDate openUntil = chart.asOf().orElse(axis.end);
        double y = TOP;
        for (TimelineChart.Span span : chart.rows()) {
            svg.text(LEFT, y + 12, span.label(), "start", SvgCanvas.INK, false, 95);
            span(svg, axis, span, y + 20, openUntil);
            y += ROW;
        }
        chart.asOf().ifPresent(d -> {
            svg.line(axis.x(d), TOP - 6, axis.x(d), height - 4, SvgCanvas.OVER, true);
        });
        return svg.close();
    }

    private static void years(SvgCanvas svg, Axis axis, int height) {
        for (int year = axis.firstYear; year <= axis.lastYear; year++) {
            double from = axis.x(LocalDate.of(year, 1, 1));
            double to = axis.x(LocalDate.of(year + 1, 1, 1));
            if ((year - axis.firstYear) % 2 == 0) {
                svg.rect(from, TOP - 20, to - from, height - TOP + 14, "#f3f5f7");
            }
            svg.line(from, TOP - 20, from, height - 6, "#c3cad1", false);
            svg.text((from + to) / 2, TOP - 8, Integer.toString(year), "middle", SvgCanvas.MUTED, true, 4);
        }
    }

    private static void span(SvgCanvas svg, Axis axis, TimelineChart.Span span, double y, LocalDate openUntil) {
        PartialDate start = span.start();
        PartialDate end = span.end();
        double startEarliest = start.earliest().map(axis::x).orElse(axis.x(axis.start));
        double startLatest = start.isKnown() ? axis.x(start.latest().get().plusDays(1)) : startEarliest;
        if (start.precision() != PartialDate.Precision.DAY) {
            svg.rect(startEarliest, y, startLatest - startEarliest, 12, svg.ref("imprecise"), SvgCanvas.GRANTED);
        } else {
            startLatest = startEarliest;
        }
        if (!end.isKnown()) {
            double until = axis.x(openUntil.plusDays(1));
            svg.rect(startLatest, y, until - startLatest, 12, svg.ref("open"));
            return;
        }
        double endEarliest = axis.x(end.earliest().get());
        double endLatest = axis.x(end.latest().get().plusDays(1));
        if (endLatest < startEarliest) {
            // The source's end lies before its start: kept as published; show a red tick, not a bar.
            svg.rect(startEarliest - 1, y - 2, 3, 16, SvgCanvas.OVER);
            return;
        }
        svg.rect(startLatest, y, endEarliest - startLatest, 12, SvgCanvas.GRANTED);
        if (end.precision() != PartialDate.Precision.DAY) {
            svg.rect(Math.max(endEarliest, startLatest), y, endLatest - Math.max(endEarliest, startLatest), 12,
                svg.ref("imprecise"), SvgCanvas.GRANTED);
        } else {
            svg.rect(endEarliest, y, endLatest - endEarliest, 12, SvgCanvas.GRANTED);
        }
    }

    /** Whole years from 1 January of the first to 31 December of the last. */
    private static final class Axis {
        final int firstYear;
        final int lastYear;
        final LocalDate start;
        final LocalDate end;
        private final long days;

        Axis(int firstYear, int lastYear) {
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.start = LocalDate.of(firstYear, 1, 1);
            this.end = LocalDate.of(lastYear, 12, 31);
            this.days = end.toEpochDay() + 1 - start.toEpochDay();
        }

        double x(LocalDate date) {
            long day = Math.max(0, Math.min(days, date.toEpochDay() - start.toEpochDay()));
            return LEFT + (double) day / days * AXIS_WIDTH;
        }
    }
}
