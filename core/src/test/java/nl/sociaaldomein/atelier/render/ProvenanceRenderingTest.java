package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import org.junit.jupiter.api.Test;

/** Each format shows where a figure comes from, and a table holding an assumption says so next to it, in Dutch. */
class ProvenanceRenderingTest {

    static final Provenance ANNEX = Provenance.source("000_54832993d59957fc.txt", "Bijlage: Toekenningen Innovatieateliers Sociaal Domein");
    static final Provenance ASSUMED = Provenance.assumption("de brief noemt geen bedrag");
    static final Provenance SUM = Provenance.computed("som van de bedragen");

    static Report report() {
        Table table = Table.builder().title("Budget").addColumns(Column.of(Label.CATEGORY), Column.of(Label.AMOUNT))
            .provenance(ANNEX)
            .addRows(Row.of(Cell.text("toegekend"), Cell.money(Money.ofEuros(887_685))))
            .addRows(Row.of(Cell.text("gereserveerd voor Idee 29"), Cell.money(Money.ofEuros(60_000))).from(1, ASSUMED))
            .addFooter(Row.of(Cell.label(Label.TOTAL), Cell.money(Money.ofEuros(947_685))).from(SUM))
            .build();
        return Report.builder().title("Ronde").addSections(Section.of("Budget", table)).build();
    }

    @Test
    void markdownMarksTheAssumptionAndTheSumAndSaysTheTableHoldsAnAssumption() {
        String md = new String(new MarkdownRenderer().renderToBytes(report(), RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(md).contains("> **Let op:** Deze tabel bevat aannames")
            .contains("| gereserveerd voor Idee 29 | € 60.000 ²")
            .contains("| toegekend | € 887.685 |")
            .contains("- ¹ (cijfers zonder voetnoot) bron: 000\\_54832993d59957fc.txt")
            .contains("- ² aanname: de brief noemt geen bedrag")
            .contains("- ³ berekend: som van de bedragen");
        // The assumption note comes before the table, not in an English paragraph at the end.
        assertThat(md.indexOf("Deze tabel bevat aannames")).isLessThan(md.indexOf("| toegekend"));
    }

    @Test
    void csvHasAHerkomstColumnSpreadsheetUsersSee() {
        String csv = new String(new CsvRenderer().renderToBytes(report(), RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly(
            "\uFEFFCategorie;Bedrag;herkomst",
            "toegekend;887685,00;bron: 000_54832993d59957fc.txt, “Bijlage: Toekenningen Innovatieateliers Sociaal Domein”",
            "gereserveerd voor Idee 29;60000,00;aanname: de brief noemt geen bedrag",
            "Totaal;947685,00;berekend: som van de bedragen");
    }

    @Test
    void jsonGivesEveryFigureItsProvenanceAndTheTableItsNote() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().renderToBytes(report(), RenderOptions.defaults()));
        JsonNode table = json.at("/sections/0/blocks/0");
        assertThat(table.at("/rows/0/1/provenance/kind").asText()).isEqualTo("bron");
        assertThat(table.at("/rows/0/1/provenance/quote").asText()).isEqualTo("Bijlage: Toekenningen Innovatieateliers Sociaal Domein");
        assertThat(table.at("/rows/1/1/provenance/reason").asText()).isEqualTo("de brief noemt geen bedrag");
        assertThat(table.at("/footer/0/1/provenance/how").asText()).isEqualTo("som van de bedragen");
        assertThat(table.at("/rows/0/0").has("provenance")).isFalse();
        assertThat(table.path("assumptionNote").asText()).startsWith("Deze tabel bevat aannames");
    }

    @Test
    void htmlFootnotesAreEscapedAndEnglishWordsTheKinds() {
        String html = new String(new HtmlRenderer().renderToBytes(report(), RenderOptions.defaults().withLocale(Locale.ENGLISH)),
            StandardCharsets.UTF_8);
        assertThat(html).contains("<sup class=\"fn\">2</sup>").contains("<li><sup>2</sup> assumption: de brief noemt geen bedrag</li>")
            .contains("This table holds assumptions");
    }

    @Test
    void aReportFindsTheFiguresWithoutProvenance() {
        Table bare = Table.builder().addColumns(Column.of(Label.AMOUNT)).addRows(Row.of(Cell.money(Money.ofEuros(1)))).build();
        Report report = Report.builder().title("R").addSections(Section.of("S", bare)).build();
        assertThat(report.figuresWithoutProvenance()).containsExactly("section \"S\", table \"\", row 1, column \"Bedrag\"");
        assertThat(report().figuresWithoutProvenance()).isEmpty();
    }

    @Test
    void aValueTakesTheMostSpecificStatementAndAnExactIdWinsOverAStar() {
        ProvenanceMap map = ProvenanceMap.of(java.util.Map.of("decisions", SUM, "decisions/*/amount", ANNEX,
            "decisions/gr2016-idee-29/amount", ASSUMED));
        assertThat(map.of("decisions", "gr2016-01", "amount")).contains(ANNEX);
        assertThat(map.of("decisions", "gr2016-idee-29", "amount")).contains(ASSUMED);
        assertThat(map.of("decisions", "gr2016-01", "partner")).contains(SUM);
        assertThat(map.of("budget")).isEmpty();
    }
}
