package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

    private final CsvRenderer renderer = new CsvRenderer();

    @Test
    void startsWithByteOrderMarkAndUsesSemicolonsAndCrlf() {
        byte[] bytes = renderer.renderToBytes(SampleReport.build(), RenderOptions.defaults());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = text(bytes);
        assertThat(csv).startsWith("nr;Instantie;naam pitch;bedrag\r\n");
        assertThat(csv).contains("\r\n1;Assist Helpt;App voor dagstructuur;25000,00\r\n");
        assertThat(csv).contains("\r\n;Totaal;;887685,00\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("€");
    }

    @Test
    void tablesFollowEachOtherWithOneEmptyLineAndTheirOwnHeader() {
        String csv = text(renderer.renderToBytes(SampleReport.build(), RenderOptions.defaults()));
        String[] tables = csv.split("\r\n\r\n");
        // 2 report tables and the data of 3 figures, in reading order.
        assertThat(tables).hasSize(5);
        assertThat(tables[1]).startsWith("Pot;Plafond;Toegekend;Gereserveerd;Resterend;Benut\r\n");
        assertThat(tables[1]).contains("Wmo-initiatieven;1000000,00;887685,00;50000,00;62315,00;93,8%");
        assertThat(tables[3]).contains("14-3;Wijknetwerk Silvolde;x;x;x;;;04-02-2015;2016;Ja, afgerond");
    }

    @Test
    void formulasAreDefusedButNegativeAmountsStayNumbers() {
        String csv = text(renderer.renderToBytes(HostileReport.build(), RenderOptions.defaults()));
        for (String formula : HostileReport.FORMULAS) {
            assertThat(csv).contains("\"'" + formula + "\";\"'" + formula + "\";\r\n");
        }
        assertThat(csv).contains(";-12000,50\r\n");
        assertThat(csv).contains("\"a | b \\| c\nd\";Particulier;0,00");
    }

    @Test
    void controlCharactersAreDroppedBeforeTheFormulaCheckSoANulCannotHideAFormula() {
        Table table = Table.builder().addColumns(Column.of("naam"))
            .addRows(Row.of(Cell.text("\u0000=HYPERLINK(\"http://x\")")))
            .addRows(Row.of(Cell.text("a\u001b[2Jb\u0007c\u000bd\u000ce")))
            .addRows(Row.of(Cell.text("half \ud800 teken")))
            .build();
        Report report = Report.builder().title("t").addSections(Section.of("s", table)).build();
        assertThat(text(renderer.renderToBytes(report, RenderOptions.defaults())))
            .isEqualTo("naam\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\na[2Jbcde\r\nhalf \uFFFD teken\r\n");
    }

    @Test
    void quotesSeparatorsAndQuotesAsRfc4180Says() {
        Table table = Table.builder().addColumns(Column.of("a;b"), Column.of("bedrag"))
            .addRows(Row.of(Cell.text("zeg \"hoi\"; dag"), Cell.money(Money.ofCents(5))))
            .build();
        Report report = Report.builder().title("t").addSections(Section.of("s", table)).build();
        assertThat(text(renderer.renderToBytes(report, RenderOptions.defaults())))
            .isEqualTo("\"a;b\";bedrag\r\n\"zeg \"\"hoi\"\"; dag\";0,05\r\n");
        assertThat(List.of(renderer.formatId(), renderer.mediaType())).containsExactly("csv", "text/csv; charset=UTF-8");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
