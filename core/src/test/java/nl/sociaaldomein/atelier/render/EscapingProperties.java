package nl.sociaaldomein.atelier.render;

import static nl.sociaaldomein.atelier.render.XmlDocuments.XHTML;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;
import nl.sociaaldomein.atelier.text.Printable;
import org.w3c.dom.Element;

/** Whatever text a cell holds, every format keeps it a cell and shows it as typed. */
class EscapingProperties {

    /**
     * Characters that mean something to some format, plus letters, spaces, control characters
     * (NUL, escape, bell, vertical tab, form feed, DEL, a C1 control) and a lone surrogate.
     */
    private static final String ALPHABET = "<>&\"';|\\\n\r\t=+-@#*_`[]()!~ aZé€\u0000\u001b\u0007\u000b\u000c\u007f\u0085\ud800";

    private static final Gen<String> TEXTS = Gen.strings(ALPHABET, 0, 12);

    @Test
    void htmlKeepsEveryTextAsText() {
        Property.named("HTML shows any cell text as typed").forAll(TEXTS).check(text -> {
            Element td = XmlDocuments.elements(XmlDocuments.parse(render(new HtmlRenderer(), text)), XHTML, "td").get(0);
            assertThat(td.getTextContent()).isEqualTo(Printable.cleaned(text));
        });
    }

    @Test
    void csvReadsBackAsOneFieldPerColumn() {
        Property.named("CSV parses back to the cell text, formulas defused").forAll(TEXTS).check(text -> {
            byte[] bytes = render(new CsvRenderer(), text);
            List<List<String>> records = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            assertThat(records).hasSize(2);
            assertThat(records.get(1)).hasSize(2);
            String field = records.get(1).get(0);
            // Control characters go first, so "\u0000=1+1" is a formula like "=1+1" and is defused like it.
            String shown = Printable.cleaned(text);
            boolean formula = !shown.isEmpty() && "=+-@\t\r".indexOf(shown.charAt(0)) >= 0;
            assertThat(field).isEqualTo(formula ? "'" + shown : shown);
        });
    }

    @Test
    void markdownKeepsEveryRowOneLineWithItsCells() {
        Property.named("Markdown rows keep their cell count").forAll(TEXTS).check(text -> {
            String md = new String(render(new MarkdownRenderer(), text), StandardCharsets.UTF_8);
            List<String> rows = md.lines().filter(l -> l.startsWith("|")).collect(java.util.stream.Collectors.toList());
            assertThat(rows).hasSize(3);
            for (String row : rows) {
                assertThat(MarkdownRendererTest.unescapedPipes(row)).as(row).isEqualTo(3);
            }
        });
    }

    @Test
    void jsonHoldsTheCellTextCleanedAndNoEscapeAStrictParserRefuses() {
        Property.named("JSON gives the cell text as every format shows it").forAll(TEXTS).check(text -> {
            String json = new String(render(new JsonRenderer(), text), StandardCharsets.UTF_8);
            assertThat(json).doesNotContainPattern("\\\\u[dD][89abAB]").doesNotContainPattern("\\\\u00[01][0-9a-fA-F]");
            try {
                com.fasterxml.jackson.databind.JsonNode cell = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
                    .at("/sections/0/blocks/0/rows/0/0/text");
                assertThat(cell.asText()).isEqualTo(Printable.cleaned(text));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void noFormatLetsAControlCharacterOrALoneSurrogateThrough() {
        List<ReportRenderer> renderers = List.of(new MarkdownRenderer(), new HtmlRenderer(), new CsvRenderer(), new JsonRenderer());
        java.util.Map<String, String> blanks = new java.util.HashMap<>();
        renderers.forEach(r -> blanks.put(r.formatId(), new String(render(r, ""), StandardCharsets.UTF_8)));
        Property.named("every format drops control characters and replaces lone surrogates alike").forAll(TEXTS).check(text -> {
            for (ReportRenderer renderer : renderers) {
                String out = new String(render(renderer, text), StandardCharsets.UTF_8);
                String blank = blanks.get(renderer.formatId());
                assertThat(out.chars().filter(c -> Printable.isDroppedControl((char) c))).as(renderer.formatId()).isEmpty();
                // A lone surrogate that reached the UTF-8 encoder would come out as '?'.
                assertThat(out.chars().filter(c -> c == '?').count()).as(renderer.formatId())
                    .isEqualTo(blank.chars().filter(c -> c == '?').count());
                if (text.indexOf('\ud800') >= 0) {
                    assertThat(out).as(renderer.formatId()).contains("\uFFFD");
                }
            }
        });
    }

    private static byte[] render(ReportRenderer renderer, String text) {
        Table table = Table.builder().addColumns(Column.of("tekst"), Column.of("partij"))
            .addRows(Row.of(Cell.text(text), Cell.party(Applicant.organisation("x" + text, OrganisationKind.COMPANY))))
            .build();
        return renderer.renderToBytes(Report.builder().title("t").addSections(Section.of("s", table)).build(),
            RenderOptions.defaults());
    }

    /** A strict RFC 4180 reader with {@code ;} and CRLF, enough to check what a spreadsheet reads. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
