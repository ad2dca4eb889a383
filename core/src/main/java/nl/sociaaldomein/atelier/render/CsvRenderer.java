package nl.sociaaldomein.atelier.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;

/**
 * CSV for Dutch spreadsheets (Excel, LibreOffice with a Dutch locale open it by double-click):
 * UTF-8 with a byte order mark, {@code ;} between fields, CRLF line ends, RFC 4180 quoting.
 * Format id {@code csv}.
 *
 * <ul>
 *   <li>Amounts as {@code 887685,00}: decimal comma, always two decimals, no thousands
 *       separator, no euro sign, so the spreadsheet reads a number it can add up.
 *   <li>Counts as plain digits, percentages as {@code 88,8%}, day dates as {@code 30-06-2016},
 *       whatever the locale; the locale only changes words (headers, "Totaal").
 *   <li>Every table of the report, in reading order, then nothing else: each table is its header
 *       row, its body rows and its footer (total) rows; tables are separated by one empty line.
 *       A figure counts as the table of its data. Titles, paragraphs and notes are not in the
 *       CSV: use JSON or HTML for the whole report.
 * </ul>
 */
public final class CsvRenderer implements ReportRenderer {

    private static final String LINE_END = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Override
    public String formatId() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        options.requireLanguageOf(report);
        List<String> tables = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Table) {
                    tables.add(table((Table) block, options));
                } else if (block instanceof Figure) {
                    tables.add(table(ChartData.asTable((Figure) block), options));
                }
            }
        }
        out.write(BOM);
        out.write(String.join(LINE_END, tables).getBytes(StandardCharsets.UTF_8));
    }

    private static String table(Table table, RenderOptions o) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (Column column : table.columns()) {
            header.add(CsvText.text(Wording.text(column.header(), o)));
        }
        boolean provenance = !table.provenances().isEmpty();
        if (provenance) {
            header.add(CsvText.text(Footnotes.heading(o).toLowerCase(o.locale())));
        }
        line(csv, header);
        for (List<Row> rows : List.of(table.rows(), table.footer())) {
            for (Row row : rows) {
                List<String> fields = new ArrayList<>();
                for (Cell cell : row.cells()) {
                    fields.add(field(cell, o));
                }
                if (provenance) {
                    fields.add(CsvText.text(provenance(table, row, o)));
                }
                line(csv, fields);
            }
        }
        return csv.toString();
    }

    /**
     * The row's "herkomst" field: where its figures come from, in words, so a spreadsheet user sees it
     * next to the values: one provenance for the whole row, or per column ("bedrag: aanname: …") when they differ.
     */
    private static String provenance(Table table, Row row, RenderOptions o) {
        Map<String, Provenance> byColumn = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            if (Table.carriesProvenance(row, c)) {
                String header = Wording.text(table.columns().get(c).header(), o);
                Optional<Provenance> p = table.provenanceOf(row, c);
                if (p.isPresent()) {
                    byColumn.put(header, p.get());
                } else {
                    unknown.add(header);
                }
            }
        }
        if (byColumn.isEmpty()) {
            return "";
        }
        if (unknown.isEmpty() && new HashSet<>(byColumn.values()).size() == 1) {
            return Footnotes.text(byColumn.values().iterator().next(), o);
        }
        List<String> parts = new ArrayList<>();
        byColumn.forEach((header, p) -> parts.add(header + ": " + Footnotes.text(p, o)));
        return String.join(" | ", parts);
    }

    private static String field(Cell cell, RenderOptions o) {
        RenderOptions dutch = o.withLocale(RenderOptions.DUTCH);
        if (cell instanceof Cell.MoneyCell) {
            return CsvText.generated(MoneyFormat.DUTCH.formatPlainDecimal(((Cell.MoneyCell) cell).amount()));
        } else if (cell instanceof Cell.CountCell) {
            return CsvText.generated(Long.toString(((Cell.CountCell) cell).count()));
        } else if (cell instanceof Cell.PercentageCell || cell instanceof Cell.DateCell) {
            return CsvText.generated(Wording.cell(cell, dutch));
        }
        return CsvText.text(Wording.cell(cell, o));
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(String.valueOf(CsvText.SEPARATOR), fields)).append(LINE_END);
    }
}
