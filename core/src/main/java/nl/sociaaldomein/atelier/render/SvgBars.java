package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.Label;

/** Counts per category as horizontal bars, label above each bar so long labels fit on a phone. */
final class SvgBars {

    private static final double LEFT = 10;
    private static final double BAR_WIDTH = SvgCanvas.WIDTH - 80;
    private static final int ROW = 40;

    private SvgBars() {
    }

    static String draw(BarChart chart, String id, String title, RenderOptions o) {
        SvgCanvas svg = new SvgCanvas(id).open(20 + ROW * Math.max(1, chart.bars().size()), title,
            ChartSummary.of(chart, o));
        long max = chart.bars().stream().mapToLong(BarChart.Bar::count).max().orElse(0);
        double y = 10;
        for (BarChart.Bar bar : chart.bars()) {
            svg.text(LEFT, y + 12, Wording.text(bar.label(), o), "start", SvgCanvas.INK, false, 90);
            double width = max == 0 ? 0 : (double) bar.count() / max * BAR_WIDTH;
            svg.rect(LEFT, y + 18, width, 14, SvgCanvas.GRANTED);
            svg.text(LEFT + width + 6, y + 30, Wording.count(bar.count(), o), "start", SvgCanvas.INK, true, 20);
            y += ROW;
        }
        if (chart.bars().isEmpty()) {
            svg.text(LEFT, 30, Wording.label(Label.NO_DATA, o), "start", SvgCanvas.MUTED, false, 80);
        }
        return svg.close();
    }
}
