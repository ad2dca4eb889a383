package nl.sociaaldomein.atelier.report;

/**
 * The data of a chart, nothing about its drawing: the {@code render} package draws it as SVG
 * in HTML and as a data table everywhere else.
 */
public sealed interface Chart permits BudgetUseChart, BarChart, TimelineChart {
}
