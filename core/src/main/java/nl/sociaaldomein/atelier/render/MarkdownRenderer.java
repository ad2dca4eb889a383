package nl.sociaaldomein.atelier.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;
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
        options.requireLanguageOf(report);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.inline(report.title())).append("\n\n");
        metadata(report.metadata(), options, md);
        if (options.audience() == Audience.INTERNAL) {
            md.append("> **").append(MarkdownText.inline(Wording.label(Label.INTERNAL_ONLY, options))).append("**\n\n");
        }
        int figures = 0;
        Footnotes footnotes = new Footnotes(report);
        for (Section section : report.sections()) {
            md.append("## ").append(MarkdownText.inline(section.heading())).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof Figure) {
                    figure((Figure) block, ++figures, options, footnotes, md);
                } else {
                    block(block, options, footnotes, md);
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

    private static void block(Block block, RenderOptions o, Footnotes footnotes, StringBuilder md) {
        if (block instanceof Paragraph) {
            md.append(MarkdownText.block(((Paragraph) block).text())).append("\n\n");
        } else if (block instanceof Note) {
            Note note = (Note) block;
            Label label = note.kind() == Note.Kind.WARNING ? Label.WARNING : Label.NOTE;
            md.append("> **").append(Wording.label(label, o)).append(":** ")
                .append(MarkdownText.inline(note.text())).append("\n\n");
        } else {
            table((Table) block, o, footnotes, md);
        }
    }

    /** A figure as its title, its summary and its data table: Markdown has no charts. */
    private static void figure(Figure figure, int number, RenderOptions o, Footnotes footnotes, StringBuilder md) {
        md.append("**").append(Wording.label(Label.FIGURE, o)).append(' ').append(number).append(": ")
            .append(MarkdownText.inline(figure.title())).append("**\n\n");
        md.append(MarkdownText.block(figure.description().orElseGet(() -> ChartSummary.of(figure.chart(), o))))
            .append("\n\n");
        table(ChartData.asTable(figure), o, footnotes, md);
    }

    private static void table(Table table, RenderOptions o, Footnotes footnotes, StringBuilder md) {
        table.title().ifPresent(t -> md.append("**").append(MarkdownText.inline(t)).append("**\n\n"));
        if (table.holdsAssumption()) {
            md.append("> **").append(Wording.label(Label.WARNING, o)).append(":** ")
                .append(MarkdownText.inline(Footnotes.assumptionWarning(o))).append("\n\n");
        }
        md.append('|');
        for (Column column : table.columns()) {
            md.append(' ').append(MarkdownText.inline(Wording.text(column.header(), o))).append(" |");
        }
        md.append("\n|");
        for (Alignment alignment : Alignment.of(table)) {
            md.append(alignment == Alignment.RIGHT ? "---:|" : alignment == Alignment.CENTER ? ":---:|" : "---|");
        }
        md.append('\n');
        rows(table, table.rows(), false, o, footnotes, md);
        rows(table, table.footer(), true, o, footnotes, md);
        md.append('\n');
        for (Provenance provenance : footnotes.of(table)) {
            md.append("- ").append(superscript(footnotes.number(provenance))).append(' ')
                .append(MarkdownText.inline(Footnotes.line(table, provenance, o))).append('\n');
        }
        if (!table.provenances().isEmpty()) {
            md.append('\n');
        }
    }

    private static void rows(Table table, List<Row> rows, boolean strong, RenderOptions o, Footnotes footnotes, StringBuilder md) {
        for (Row row : rows) {
            md.append('|');
            for (int c = 0; c < row.cells().size(); c++) {
                String text = MarkdownText.inline(Wording.cell(row.cells().get(c), o));
                String marked = strong && !text.isEmpty() ? "**" + text + "**" : text;
                Optional<Integer> note = footnotes.numberOf(table, row, c);
                md.append(' ').append(marked).append(note.map(n -> (marked.isEmpty() ? "" : " ") + superscript(n)).orElse(""))
                    .append(" |");
            }
            md.append('\n');
        }
    }

    /** A footnote marker in superscript digits ("¹²"), so it reads in the Markdown source too. */
    static String superscript(int number) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }
}
