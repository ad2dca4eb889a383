package nl.sociaaldomein.atelier.render;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Chart;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Percentage;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.report.TimelineChart;

/**
 * A chart's text alternative: its data as a table. HTML shows it under the SVG; Markdown and CSV
 * show only it. Headers are {@link Label}s, so the table reads in the rendering's language.
 */
public final class ChartData {

    private ChartData() {
    }

    /**
     * A figure's data as a table, its figures taking the figure's provenance.
     *
     * @param figure the figure
     * @return its data as a table
     */
    public static Table asTable(Figure figure) {
        Table table = asTable(figure.chart());
        if (figure.provenance().isEmpty()) {
            return table;
        }
        List<Row> rows = table.rows();
        if (figure.chart() instanceof TimelineChart) {
            // Dates shown as the source writes them are text: they take the figure's provenance explicitly.
            rows = rows.stream().map(row -> row.from(1, figure.provenance()).from(2, figure.provenance())).toList();
        }
        return Table.builder().from(table).rows(rows).provenance(figure.provenance()).build();
    }

    /**
     * A chart's data as a table, for formats that cannot draw (CSV) and for readers who cannot see the chart.
     *
     * @param chart the chart
     * @return its data as a table
     */
    public static Table asTable(Chart chart) {
        if (chart instanceof BudgetUseChart) {
            return budgetUse((BudgetUseChart) chart);
        } else if (chart instanceof BarChart) {
            return bars((BarChart) chart);
        }
        return timeline((TimelineChart) chart);
    }

    private static Table budgetUse(BudgetUseChart chart) {
        List<Row> rows = new ArrayList<>();
        for (BudgetUseChart.Pot pot : chart.pots()) {
            rows.add(Row.of(Cell.text(pot.name()), Cell.money(pot.ceiling()), Cell.money(pot.granted()),
                Cell.money(pot.reserved()), Cell.money(pot.remaining()),
                pot.ceiling().isPositive() ? Cell.percentage(Percentage.of(pot.committed(), pot.ceiling())) : Cell.empty()));
        }
        return Table.builder()
            .addColumns(Column.of(Label.POT), Column.of(Label.CEILING), Column.of(Label.GRANTED),
                Column.of(Label.RESERVED), Column.of(Label.REMAINING), Column.of(Label.USED))
            .rows(rows).build();
    }

    private static Table bars(BarChart chart) {
        List<Row> rows = new ArrayList<>();
        for (BarChart.Bar bar : chart.bars()) {
            rows.add(Row.of(new Cell.TextCell(bar.label()), Cell.count(bar.count())));
        }
        return Table.builder()
            .addColumns(Column.of(Label.CATEGORY), Column.of(Label.COUNT))
            .rows(rows)
            .addFooter(Row.of(Cell.label(Label.TOTAL), Cell.count(chart.total())))
            .build();
    }

    private static Table timeline(TimelineChart chart) {
        List<Row> rows = new ArrayList<>();
        for (TimelineChart.Span span : chart.rows()) {
            rows.add(Row.of(Cell.text(span.label()), span.publishedStart().map(Cell::text).orElse(Cell.date(span.start())),
                span.publishedEnd().map(Cell::text).orElse(span.isOpenEnded() ? Cell.label(Label.OPEN_END) : Cell.date(span.end()))));
        }
        return Table.builder()
            .addColumns(Column.of(Label.NAME), Column.of(Label.START), Column.of(Label.END))
            .rows(rows).build();
    }
}
