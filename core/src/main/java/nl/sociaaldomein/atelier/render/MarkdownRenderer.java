package nl.sociaaldomein.atelier.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;

/**
 * GitHub-flavoured Markdown: headings, a metadata list, pipe tables with footer rows in bold,
 * notes as quotes, and figures as their data table. Format id {@code markdown}.
 */
public final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String formatId() {
        return "markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.inline(report.title())).append("\n\n");
        metadata(report.metadata(), options, md);
        if (options.audience() == Audience.INTERNAL) {
            md.append("> **").append(MarkdownText.inline(Wording.label(Label.INTERNAL_ONLY, options))).append("**\n\n");
        }
        int figures = 0;
        for (Section section : report.sections()) {
            md.append("## ").append(MarkdownText.inline(section.heading())).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof Figure) {
                    figure((Figure) block, ++figures, options, md);
                } else {
                    block(block, options, md);
                }
            }
        }
        out.write(md.toString().stripTrailing().concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void metadata(ReportMetadata metadata, RenderOptions o, StringBuilder md) {
        int before = md.length();
        metadata.municipality().ifPresent(m -> item(md, Label.MUNICIPALITY, m.name() + " (" + m.cbsCode() + ")", o));
        metadata.date().ifPresent(d -> item(md, Label.DATE, Wording.date(d, o), o));
        metadata.reference().ifPresent(r -> item(md, Label.REFERENCE, r, o));
        if (md.length() > before) {
            md.append('\n');
        }
    }

    private static void item(StringBuilder md, Label label, String value, RenderOptions o) {
        md.append("- ").append(Wording.label(label, o)).append(": ").append(MarkdownText.inline(value)).append('\n');
    }

    private static void block(Block block, RenderOptions o, StringBuilder md) {
        if (block instanceof Paragraph) {
            md.append(MarkdownText.block(((Paragraph) block).text())).append("\n\n");
        } else if (block instanceof Note) {
            Note note = (Note) block;
            Label label = note.kind() == Note.Kind.WARNING ? Label.WARNING : Label.NOTE;
            md.append("> **").append(Wording.label(label, o)).append(":** ")
                .append(MarkdownText.inline(note.text())).append("\n\n");
        } else {
            table((Table) block, o, md);
        }
    }

    /** A figure as its title, its summary and its data table: Markdown has no charts. */
    private static void figure(Figure figure, int number, RenderOptions o, StringBuilder md) {
        md.append("**").append(Wording.label(Label.FIGURE, o)).append(' ').append(number).append(": ")
            .append(MarkdownText.inline(figure.title())).append("**\n\n");
        md.append(MarkdownText.block(figure.description().orElseGet(() -> ChartSummary.of(figure.chart(), o))))
            .append("\n\n");
        table(ChartData.asTable(figure.chart()), o, md);
    }

    private static void table(Table table, RenderOptions o, StringBuilder md) {
        table.title().ifPresent(t -> md.append("**").append(MarkdownText.inline(t)).append("**\n\n"));
        md.append('|');
        for (Column column : table.columns()) {
            md.append(' ').append(MarkdownText.inline(Wording.text(column.header(), o))).append(" |");
        }
        md.append("\n|");
        for (Alignment alignment : Alignment.of(table)) {
            md.append(alignment == Alignment.RIGHT ? "---:|" : alignment == Alignment.CENTER ? ":---:|" : "---|");
        }
        md.append('\n');
        rows(table.rows(), false, o, md);
        rows(table.footer(), true, o, md);
        md.append('\n');
    }

    private static void rows(List<Row> rows, boolean strong, RenderOptions o, StringBuilder md) {
        for (Row row : rows) {
            md.append('|');
            for (Cell cell : row.cells()) {
                String text = MarkdownText.inline(Wording.cell(cell, o));
                md.append(' ').append(strong && !text.isEmpty() ? "**" + text + "**" : text).append(" |");
            }
            md.append('\n');
        }
    }
}
