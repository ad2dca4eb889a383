package nl.sociaaldomein.atelier.render;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Chart;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Percentage;
import nl.sociaaldomein.atelier.report.TimelineChart;

/**
 * A chart in one or two sentences, for the SVG's {@code <desc>} (read by screen readers) and for
 * figures without a description of their own. Unescaped.
 */
final class ChartSummary {

    private ChartSummary() {
    }

    static String of(Chart chart, RenderOptions o) {
        if (chart instanceof BudgetUseChart) {
            return budgetUse((BudgetUseChart) chart, o);
        } else if (chart instanceof BarChart) {
            return bars((BarChart) chart, o);
        }
        return timeline((TimelineChart) chart, o);
    }

    private static String budgetUse(BudgetUseChart chart, RenderOptions o) {
        List<String> parts = new ArrayList<>();
        for (BudgetUseChart.Pot pot : chart.pots()) {
            String used = pot.ceiling().isPositive()
                ? " (" + Wording.percentage(Percentage.of(pot.committed(), pot.ceiling()), o) + " "
                    + lower(Label.USED, o) + ")"
                : "";
            parts.add(pot.name() + ": " + lower(Label.CEILING, o) + " " + Wording.money(pot.ceiling(), o) + ", "
                + lower(Label.GRANTED, o) + " " + Wording.money(pot.granted(), o) + ", "
                + lower(Label.RESERVED, o) + " " + Wording.money(pot.reserved(), o) + ", "
                + lower(Label.REMAINING, o) + " " + Wording.money(pot.remaining(), o) + used);
        }
        return sentences(parts, o);
    }

    private static String bars(BarChart chart, RenderOptions o) {
        List<String> parts = new ArrayList<>();
        for (BarChart.Bar bar : chart.bars()) {
            parts.add(Wording.text(bar.label(), o) + ": " + Wording.count(bar.count(), o));
        }
        parts.add(Wording.label(Label.TOTAL, o) + ": " + Wording.count(chart.total(), o));
        return sentences(parts, o);
    }

    private static String timeline(TimelineChart chart, RenderOptions o) {
        List<String> parts = new ArrayList<>();
        for (TimelineChart.Span span : chart.rows()) {
            String end = span.isOpenEnded() ? lower(Label.OPEN_END, o) : Wording.date(span.end(), o);
            String start = span.start().isKnown() ? Wording.date(span.start(), o) : "?";
            parts.add(span.label() + ": " + start + " – " + end);
        }
        return sentences(parts, o);
    }

    private static String sentences(List<String> parts, RenderOptions o) {
        return parts.isEmpty() ? Wording.label(Label.NO_DATA, o) + "." : String.join("; ", parts) + ".";
    }

    private static String lower(Label label, RenderOptions o) {
        return Wording.label(label, o).toLowerCase(o.locale());
    }
}
