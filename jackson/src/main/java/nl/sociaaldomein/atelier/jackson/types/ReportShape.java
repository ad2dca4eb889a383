package nl.sociaaldomein.atelier.jackson.types;

import java.nio.charset.StandardCharsets;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.report.Report;

/**
 * A {@link Report} as the JSON renderer writes it (docs/reports.md, "JSON"), in the write's
 * language and for its audience. Written only: a report is made from its dossier, not read back.
 */
public final class ReportShape {

    private static final JsonRenderer RENDERER = new JsonRenderer();

    /** The shape. */
    public static final Shape<Report> REPORT = new Shape<>() {
        @Override
        public Class<Report> type() {
            return Report.class;
        }

        @Override
        public void write(Report report, JsonOut out) {
            out.tree(out.parse(new String(RENDERER.renderToBytes(report, out.options()), StandardCharsets.UTF_8)));
        }

        @Override
        public Report read(JsonIn in) {
            in.ignoreAll();
            in.problem("a report is written, not read back: make it again from its dossier with its ReportFormat");
            return null;
        }
    };

    private ReportShape() {
    }
}
