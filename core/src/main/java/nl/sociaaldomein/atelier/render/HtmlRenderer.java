package nl.sociaaldomein.atelier.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.report.TimelineChart;

/**
 * One standalone HTML file: inline style, inline SVG charts, no scripts, no external resources.
 * The output is well-formed XML (XHTML syntax), every text is escaped, tables scroll sideways on
 * a phone and print whole. Each figure shows its chart, a caption and its data as a table.
 * Format id {@code html}.
 */
public final class HtmlRenderer implements ReportRenderer {

    private static final int COMPACT_LENGTH = 12;

    @Override
    public String formatId() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        options.requireLanguageOf(report);
        StringBuilder html = new StringBuilder(16_384);
        String lang = Xml.escape(options.languageTag());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
            .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .append("<title>").append(Xml.escape(report.title())).append("</title>\n<style>\n")
            .append(HtmlStyle.CSS).append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
            .append(Xml.escape(report.title())).append("</h1>\n");
        metadata(report.metadata(), options, html);
        html.append("</header>\n");
        if (options.audience() == Audience.INTERNAL) {
            html.append("<p class=\"internal\">").append(Xml.escape(Wording.label(Label.INTERNAL_ONLY, options)))
                .append("</p>\n");
        }
        int figures = 0;
        Footnotes footnotes = new Footnotes(report);
        for (Section section : report.sections()) {
            html.append("<section>\n<h2>").append(Xml.escape(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof Figure) {
                    figure((Figure) block, ++figures, options, footnotes, html);
                } else {
                    block(block, options, footnotes, html);
                }
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void metadata(ReportMetadata metadata, RenderOptions o, StringBuilder html) {
        if (metadata.municipality().isEmpty() && metadata.date().isEmpty() && metadata.reference().isEmpty()) {
            return;
        }
        html.append("<dl class=\"meta\">\n");
        metadata.municipality().ifPresent(m -> item(html, Label.MUNICIPALITY, m.name() + " (" + m.cbsCode() + ")", o));
        metadata.date().ifPresent(d -> item(html, Label.DATE, Wording.date(d, o), o));
        metadata.reference().ifPresent(r -> item(html, Label.REFERENCE, r, o));
        html.append("</dl>\n");
    }

    private static void item(StringBuilder html, Label label, String value, RenderOptions o) {
        html.append("<dt>").append(Xml.escape(Wording.label(label, o))).append("</dt><dd>").append(Xml.escape(value))
            .append("</dd>\n");
    }

    private static void block(Block block, RenderOptions o, Footnotes footnotes, StringBuilder html) {
        if (block instanceof Paragraph) {
            for (String paragraph : ((Paragraph) block).text().split("\\R\\s*\\R")) {
                html.append("<p>").append(Xml.escape(paragraph.strip())).append("</p>\n");
            }
        } else if (block instanceof Note) {
            Note note = (Note) block;
            boolean warning = note.kind() == Note.Kind.WARNING;
            html.append("<aside class=\"note").append(warning ? " warning" : "").append("\" role=\"note\"><strong>")
                .append(Xml.escape(Wording.label(warning ? Label.WARNING : Label.NOTE, o))).append(":</strong> ")
                .append(Xml.escape(note.text())).append("</aside>\n");
        } else {
            table((Table) block, "", o, footnotes, html);
        }
    }

    private static void figure(Figure figure, int number, RenderOptions o, Footnotes footnotes, StringBuilder html) {
        String id = "figure-" + number;
        String summary = figure.description().orElseGet(() -> ChartSummary.of(figure.chart(), o));
        html.append("<figure id=\"").append(id).append("\">\n<figcaption><strong>")
            .append(Xml.escape(Wording.label(Label.FIGURE, o) + " " + number + ": " + figure.title()))
            .append("</strong><span class=\"summary\">").append(Xml.escape(summary)).append("</span></figcaption>\n");
        if (figure.chart() instanceof BudgetUseChart) {
            html.append(SvgBudgetUse.draw((BudgetUseChart) figure.chart(), id, figure.title(), o));
        } else if (figure.chart() instanceof BarChart) {
            html.append(SvgBars.draw((BarChart) figure.chart(), id, figure.title(), o));
        } else {
            html.append(SvgTimeline.draw((TimelineChart) figure.chart(), id, figure.title(), o));
        }
        table(ChartData.asTable(figure), "chart-data", o, footnotes, html);
        html.append("</figure>\n");
    }

    private static void table(Table table, String cssClass, RenderOptions o, Footnotes footnotes, StringBuilder html) {
        if (table.holdsAssumption()) {
            html.append("<aside class=\"note warning\" role=\"note\"><strong>").append(Xml.escape(Wording.label(Label.WARNING, o)))
                .append(":</strong> ").append(Xml.escape(Footnotes.assumptionWarning(o))).append("</aside>\n");
        }
        List<Alignment> alignments = Alignment.of(table);
        List<Boolean> compact = compactColumns(table, o);
        html.append("<div class=\"table-scroll\">\n<table").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"")
            .append(">\n");
        table.title().ifPresent(t -> html.append("<caption>").append(Xml.escape(t)).append("</caption>\n"));
        html.append("<thead><tr>");
        for (int c = 0; c < table.columns().size(); c++) {
            html.append("<th scope=\"col\"").append(alignClass(alignments.get(c), null, false)).append('>')
                .append(Xml.escape(Wording.text(table.columns().get(c).header(), o))).append("</th>");
        }
        html.append("</tr></thead>\n");
        Cells cells = new Cells(table, alignments, compact, footnotes, o);
        rows("tbody", table.rows(), cells, html);
        if (!table.footer().isEmpty()) {
            rows("tfoot", table.footer(), cells, html);
        }
        html.append("</table>\n</div>\n");
        List<Provenance> used = footnotes.of(table);
        if (!used.isEmpty()) {
            html.append("<ul class=\"provenance\" aria-label=\"").append(Xml.escape(Footnotes.heading(o))).append("\">\n");
            for (Provenance provenance : used) {
                html.append("<li><sup>").append(footnotes.number(provenance)).append("</sup> ")
                    .append(Xml.escape(Footnotes.line(table, provenance, o))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
    }

    /** What every cell of one table needs to be written. */
    private record Cells(Table table, List<Alignment> alignments, List<Boolean> compact, Footnotes footnotes, RenderOptions o) {
    }

    private static void rows(String group, List<Row> rows, Cells t, StringBuilder html) {
        html.append('<').append(group).append(">\n");
        for (Row row : rows) {
            html.append("<tr>");
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                html.append("<td").append(alignClass(t.alignments().get(c), cell, t.compact().get(c))).append('>')
                    .append(Xml.escape(Wording.cell(cell, t.o())));
                t.footnotes().numberOf(t.table(), row, c).ifPresent(n -> html.append("<sup class=\"fn\">").append(n).append("</sup>"));
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</").append(group).append(">\n");
    }

    private static String alignClass(Alignment alignment, Cell cell, boolean compact) {
        if (alignment == Alignment.RIGHT) {
            return " class=\"num\"";
        } else if (alignment == Alignment.CENTER) {
            return " class=\"mark\"";
        }
        return cell instanceof Cell.DateCell || compact ? " class=\"nowrap\"" : "";
    }

    /**
     * Columns whose every cell is short (a number such as "14-3", a year): kept on one line, so
     * the browser wraps the long names instead of breaking "14-3" after its hyphen.
     */
    private static List<Boolean> compactColumns(Table table, RenderOptions o) {
        List<Boolean> compact = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            boolean shortCells = true;
            for (Row row : table.rows()) {
                shortCells &= Wording.cell(row.cells().get(c), o).length() <= COMPACT_LENGTH;
            }
            compact.add(shortCells);
        }
        return compact;
    }
}
