package nl.sociaaldomein.atelier.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Chart;
import nl.sociaaldomein.atelier.report.TimelineChart;

/** A chart's data in JSON: {@code budget-use}, {@code bar} or {@code timeline} (docs/reports.md). */
final class JsonCharts {

    private JsonCharts() {
    }

    static void chart(JsonGenerator json, Chart chart, RenderOptions o) throws IOException {
        json.writeStartObject();
        if (chart instanceof BudgetUseChart) {
            json.writeStringField("type", "budget-use");
            json.writeArrayFieldStart("pots");
            for (BudgetUseChart.Pot pot : ((BudgetUseChart) chart).pots()) {
                json.writeStartObject();
                json.writeStringField("name", pot.name());
                json.writeFieldName("ceiling");
                JsonValues.money(json, pot.ceiling(), o);
                json.writeFieldName("granted");
                JsonValues.money(json, pot.granted(), o);
                json.writeFieldName("reserved");
                JsonValues.money(json, pot.reserved(), o);
                json.writeFieldName("remaining");
                JsonValues.money(json, pot.remaining(), o);
                json.writeEndObject();
            }
            json.writeEndArray();
        } else if (chart instanceof BarChart) {
            BarChart bars = (BarChart) chart;
            json.writeStringField("type", "bar");
            json.writeArrayFieldStart("bars");
            for (BarChart.Bar bar : bars.bars()) {
                json.writeStartObject();
                json.writeStringField("label", Wording.text(bar.label(), o));
                json.writeNumberField("count", bar.count());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("total", bars.total());
        } else {
            timeline(json, (TimelineChart) chart, o);
        }
        json.writeEndObject();
    }

    private static void timeline(JsonGenerator json, TimelineChart chart, RenderOptions o) throws IOException {
        json.writeStringField("type", "timeline");
        JsonValues.nullableDate(json, "asOf", chart.asOf().orElse(null));
        json.writeArrayFieldStart("rows");
        for (TimelineChart.Span span : chart.rows()) {
            json.writeStartObject();
            json.writeStringField("label", span.label());
            json.writeFieldName("start");
            JsonValues.date(json, span.start(), o);
            json.writeFieldName("end");
            JsonValues.date(json, span.end(), o);
            json.writeBooleanField("openEnded", span.isOpenEnded());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
