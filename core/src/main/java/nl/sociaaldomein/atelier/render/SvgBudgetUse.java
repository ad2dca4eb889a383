package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Percentage;

/**
 * Budget use per pot as stacked horizontal bars: granted (solid), reserved (striped), remaining
 * (light); what is committed beyond the ceiling is drawn past a ceiling line, in red.
 */
final class SvgBudgetUse {

    private static final double LEFT = 10;
    private static final double BAR_WIDTH = SvgCanvas.WIDTH - 20;
    private static final int ROW = 70;

    private SvgBudgetUse() {
    }

    static String draw(BudgetUseChart chart, String id, String title, RenderOptions o) {
        SvgCanvas svg = new SvgCanvas(id).open(50 + ROW * Math.max(1, chart.pots().size()), title, ChartSummary.of(chart, o))
            .hatch("reserved", "#fbe3bf", SvgCanvas.RESERVED);
        double x = svg.legend(LEFT, 22, SvgCanvas.GRANTED, Wording.label(Label.GRANTED, o));
        x = svg.legend(x, 22, svg.ref("reserved"), Wording.label(Label.RESERVED, o));
        x = svg.legend(x, 22, SvgCanvas.REMAINING, Wording.label(Label.REMAINING, o));
        if (chart.pots().stream().anyMatch(p -> p.remaining().isNegative())) {
            svg.legend(x, 22, SvgCanvas.OVER, Wording.label(Label.OVER_CEILING, o));
        }
        long scale = chart.pots().stream()
            .mapToLong(p -> Math.max(p.ceiling().cents(), saturatedCommitted(p))).max().orElse(0);
        double y = 50;
        for (BudgetUseChart.Pot pot : chart.pots()) {
            pot(svg, pot, y, scale, o);
            y += ROW;
        }
        if (chart.pots().isEmpty()) {
            svg.text(LEFT, 70, Wording.label(Label.NO_DATA, o), "start", SvgCanvas.MUTED, false, 80);
        }
        return svg.close();
    }

    private static void pot(SvgCanvas svg, BudgetUseChart.Pot pot, double y, long scale, RenderOptions o) {
        String used = pot.ceiling().isPositive()
            ? " · " + Wording.percentage(Percentage.of(pot.committed(), pot.ceiling()), o) + " "
                + Wording.label(Label.USED, o).toLowerCase(o.locale())
            : "";
        svg.text(LEFT, y + 12, pot.name() + " (" + Wording.label(Label.CEILING, o).toLowerCase(o.locale()) + " "
            + Wording.money(pot.ceiling(), o) + ")" + used, "start", SvgCanvas.INK, true, 90);
        double top = y + 18;
        double granted = width(pot.granted(), scale);
        double reserved = width(pot.reserved(), scale);
        double ceiling = width(pot.ceiling(), scale);
        svg.rect(LEFT, top, ceiling, 24, SvgCanvas.REMAINING, SvgCanvas.INK);
        svg.rect(LEFT, top, Math.min(granted, ceiling), 24, SvgCanvas.GRANTED);
        svg.rect(LEFT + granted, top, Math.max(0, Math.min(reserved, ceiling - granted)), 24, svg.ref("reserved"));
        double committed = granted + reserved;
        if (committed > ceiling) {
            svg.rect(LEFT + ceiling, top, committed - ceiling, 24, SvgCanvas.OVER);
            svg.line(LEFT + ceiling, top - 4, LEFT + ceiling, top + 28, SvgCanvas.INK, false);
        }
        Money remaining = pot.remaining();
        svg.text(LEFT, top + 42, Wording.label(remaining.isNegative() ? Label.OVER_CEILING : Label.REMAINING, o) + ": "
            + Wording.money(remaining.abs(), o), "start", remaining.isNegative() ? SvgCanvas.OVER : SvgCanvas.MUTED,
            false, 90);
    }

    /** Granted plus reserved, capped at the largest long rather than overflowing: geometry only. */
    private static long saturatedCommitted(BudgetUseChart.Pot pot) {
        long sum = pot.granted().cents() + pot.reserved().cents();
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static double width(Money amount, long scale) {
        return scale == 0 ? 0 : (double) amount.cents() / scale * BAR_WIDTH;
    }
}
