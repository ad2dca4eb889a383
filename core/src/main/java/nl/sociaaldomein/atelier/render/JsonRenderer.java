package nl.sociaaldomein.atelier.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;

/**
 * The whole report for machines, with stable keys (docs/reports.md, "JSON"): amounts as exact
 * cents and a plain decimal string, dates with their precision, every cell typed. UTF-8,
 * indented with two spaces and {@code \n}, keys in a fixed order. Format id {@code json}.
 */
public final class JsonRenderer implements ReportRenderer {

    /** Raised when the meaning of a key changes or a key is removed; adding keys keeps it. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String formatId() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        options.requireLanguageOf(report);
        try (JsonGenerator json = JsonValues.cleaning(FACTORY.createGenerator(out, JsonEncoding.UTF8))) {
            json.setPrettyPrinter(new TwoSpaces());
            json.writeStartObject();
            json.writeStringField("format", "atelier-report");
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("language", options.languageTag());
            json.writeStringField("audience", options.audience().name().toLowerCase(Locale.ROOT));
            json.writeStringField("title", report.title());
            metadata(json, report.metadata(), options);
            json.writeArrayFieldStart("sections");
            for (Section section : report.sections()) {
                json.writeStartObject();
                json.writeStringField("heading", section.heading());
                json.writeArrayFieldStart("blocks");
                for (Block block : section.blocks()) {
                    block(json, block, options);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void metadata(JsonGenerator json, ReportMetadata metadata, RenderOptions o) throws IOException {
        json.writeObjectFieldStart("metadata");
        json.writeFieldName("municipality");
        if (metadata.municipality().isPresent()) {
            json.writeStartObject();
            json.writeStringField("name", metadata.municipality().get().name());
            json.writeStringField("cbsCode", metadata.municipality().get().cbsCode().value());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeFieldName("date");
        if (metadata.date().isPresent()) {
            JsonValues.date(json, metadata.date().get(), o);
        } else {
            json.writeNull();
        }
        json.writeStringField("reference", metadata.reference().orElse(null));
        json.writeEndObject();
    }

    private static void block(JsonGenerator json, Block block, RenderOptions o) throws IOException {
        json.writeStartObject();
        if (block instanceof Paragraph) {
            json.writeStringField("type", "paragraph");
            json.writeStringField("text", ((Paragraph) block).text());
        } else if (block instanceof Note) {
            json.writeStringField("type", "note");
            json.writeStringField("kind", ((Note) block).kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("text", ((Note) block).text());
        } else if (block instanceof Table) {
            table(json, (Table) block, o);
        } else {
            Figure figure = (Figure) block;
            json.writeStringField("type", "figure");
            json.writeStringField("title", figure.title());
            json.writeStringField("description", figure.description().orElse(null));
            json.writeStringField("summary", ChartSummary.of(figure.chart(), o));
            json.writeFieldName("chart");
            JsonCharts.chart(json, figure.chart(), o);
            json.writeFieldName("provenance");
            if (figure.provenance().isPresent()) {
                JsonValues.provenance(json, figure.provenance().get(), o);
            } else {
                json.writeNull();
            }
        }
        json.writeEndObject();
    }

    private static void table(JsonGenerator json, Table table, RenderOptions o) throws IOException {
        json.writeStringField("type", "table");
        json.writeStringField("title", table.title().orElse(null));
        json.writeArrayFieldStart("columns");
        for (Column column : table.columns()) {
            json.writeStartObject();
            json.writeStringField("header", Wording.text(column.header(), o));
            json.writeEndObject();
        }
        json.writeEndArray();
        rows(json, "rows", table, table.rows(), o);
        rows(json, "footer", table, table.footer(), o);
        json.writeStringField("assumptionNote", table.holdsAssumption() ? Footnotes.assumptionWarning(o) : null);
    }

    private static void rows(JsonGenerator json, String field, Table table, List<Row> rows, RenderOptions o) throws IOException {
        json.writeArrayFieldStart(field);
        for (Row row : rows) {
            json.writeStartArray();
            for (int c = 0; c < row.cells().size(); c++) {
                var cell = row.cells().get(c);
                JsonValues.cell(json, cell, o, Table.carriesProvenance(row, c) ? table.provenanceOf(row, c) : java.util.Optional.empty());
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /**
     * Two spaces per level, {@code \n}, and {@code "key": value}. Written against the printer's
     * oldest API (not {@code Separators.Spacing}, new in Jackson 2.16), so the renderer runs on
     * every Jackson the library supports (docs/embedding.md, "Jackson versions").
     */
    private static final class TwoSpaces extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        TwoSpaces() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(": ");
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new TwoSpaces();
        }
    }
}
