package nl.sociaaldomein.atelier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.render.XmlDocuments;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The general formats refuse what they cannot build, keep hostile text inert and keep natural persons private. */
class GeneralFormatsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final List<ReportRenderer> RENDERERS =
        List.of(new MarkdownRenderer(), new HtmlRenderer(), new CsvRenderer(), new JsonRenderer());

    @Test
    void theIdsAreTheFourGeneralOnesEachWithADescriptionInBothLanguages() {
        assertThat(GeneralFormats.all()).extracting(ReportFormat::id)
            .containsExactly("decisions", "budget-overview", "round-overview", "experiment-register");
        for (ReportFormat format : GeneralFormats.all()) {
            assertThat(format.description(DUTCH)).isNotBlank().isNotEqualTo(format.description(Locale.ENGLISH));
        }
    }

    @Test
    void aDossierWithoutThePartAFormatNeedsIsRefusedNamingThatPart() {
        Dossier bare = SampleDossier.bare();
        assertThat(refusal(new DecisionsFormat(), bare, DUTCH)).isEqualTo("report-format 'decisions': "
            + "het dossier heeft geen ronde; dit overzicht toont de besluiten van een ronde");
        assertThat(refusal(new RoundOverviewFormat(), bare, DUTCH)).startsWith("report-format 'round-overview': ").contains("geen ronde");
        assertThat(refusal(new BudgetOverviewFormat(), bare, DUTCH)).startsWith("report-format 'budget-overview': ").contains("geen budget");
        assertThat(refusal(new ExperimentRegisterFormat(), bare, DUTCH))
            .startsWith("report-format 'experiment-register': ").contains("geen experimentenregister");
        assertThat(refusal(new DecisionsFormat(), bare, Locale.ENGLISH)).contains("the dossier has no round");
        assertThat(refusal(new ExperimentRegisterFormat(), bare, Locale.ENGLISH)).contains("no register of experiments");
        // One problem, coded, carrying both languages whichever language the report was asked in.
        assertThat(new DecisionsFormat().build(bare, Locale.ENGLISH).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("report.dossier-incomplete");
            assertThat(problem.kind()).isEqualTo(nl.sociaaldomein.atelier.problem.ProblemKind.INVALID);
            assertThat(problem.message(DUTCH)).contains("geen ronde");
        });
    }

    @Test
    void eachFormatNeedsOnlyItsOwnPart() {
        Dossier full = SampleDossier.build();
        Dossier roundOnly = Dossier.builder().from(SampleDossier.bare()).round(full.round()).build();
        assertThat(new DecisionsFormat().build(roundOnly, DUTCH).isOk()).isTrue();
        Report overview = new RoundOverviewFormat().build(roundOnly, DUTCH).orElseThrow();
        // Without a budget the ceiling is unknown: no ceiling row, and a note saying so.
        String markdown = render(new MarkdownRenderer(), overview, RenderOptions.defaults());
        assertThat(markdown).doesNotContain("| Plafond |").contains("plafond en resterend bedrag zijn niet bekend");
        assertThat(new BudgetOverviewFormat().build(Dossier.builder().from(SampleDossier.bare()).budget(full.budget()).build(), DUTCH)
            .isOk()).isTrue();
        assertThat(new ExperimentRegisterFormat().build(Dossier.builder().from(SampleDossier.bare()).register(full.register()).build(),
            DUTCH).isOk()).isTrue();
    }

    @Test
    void theDecisionsTableHasOneRowPerInitiativeWithTheKindAndTheGrantedTotal() {
        Table table = new DecisionsFormat().build(SampleDossier.build(), DUTCH).orElseThrow().tables().get(0);
        assertThat(table.rows()).hasSize(8);
        assertThat(table.rows()).extracting(row -> row.cells().get(3)).containsExactly(
            Cell.text("Gehonoreerd"), Cell.text("Gehonoreerd"), Cell.text("Verbonden met partner of WIJ-team"), Cell.text("In natura"),
            Cell.text("Nog in uitwerking"), Cell.text("Niet gehonoreerd"), Cell.text("Ingetrokken"), Cell.text("Nog geen besluit"));
        assertThat(table.rows().get(1).cells().get(1)).isInstanceOf(Cell.PartyCell.class);
        // The date the committee decided, not the dossier's as-of date (30-06-2025).
        assertThat(table.rows().get(0).cells().get(4)).isEqualTo(Cell.date(nl.sociaaldomein.atelier.calendar.PartialDate.of(LocalDate.of(2025, 4, 15))));
        assertThat(table.rows().get(7).cells().get(4)).isEqualTo(Cell.empty());
        assertThat(table.footer()).extracting(row -> row.cells().get(5)).containsExactly(Cell.money(nl.sociaaldomein.atelier.money.Money.ofEuros(18_000)));
        assertThat(((Cell.TextCell) table.rows().get(0).cells().get(6)).text().toString()).contains("Budgeteffect: € 15.000 toegekend uit pot innovatie");
    }

    @Test
    void theRegisterIsTakenOnTheDossiersDate() {
        Dossier earlier = Dossier.builder().from(SampleDossier.build()).asOf(LocalDate.of(2024, 6, 30)).build();
        List<Row> rows = new ExperimentRegisterFormat().build(earlier, DUTCH).orElseThrow().tables().get(0).rows();
        // 1): the extension of 1-12-2024 does not count yet; 23-2: completed only in March 2025.
        assertThat(rows.get(0).cells().subList(2, 6)).containsExactly(Cell.text("Loopt"), Cell.date(date("1-3-2023")),
            Cell.date(date("31-12-2024")), Cell.empty());
        assertThat(rows.get(1).cells().subList(2, 6)).containsExactly(Cell.text("Loopt"), Cell.date(date("2023")),
            Cell.date(date("Maart 2025")), Cell.empty());
        List<Row> later = new ExperimentRegisterFormat().build(SampleDossier.build(), DUTCH).orElseThrow().tables().get(0).rows();
        assertThat(later.get(1).cells().get(5)).isEqualTo(Cell.date(date("Maart 2025")));
    }

    @Test
    void hostileTitlesStayInertInHtmlAndCsv() {
        String script = "<script>alert(1)</script>";
        String formula = "=cmd|' /C calc'!A0";
        Dossier hostile = SampleDossier.build(formula + script, formula + script);
        for (ReportFormat format : GeneralFormats.all()) {
            Report report = format.build(hostile, DUTCH).orElseThrow();
            String html = render(new HtmlRenderer(), report, RenderOptions.defaults());
            Document document = XmlDocuments.parse(html.getBytes(StandardCharsets.UTF_8));
            assertThat(XmlDocuments.all(document)).as(format.id()).noneMatch(e -> e.getLocalName().equals("script"));
            assertThat(html).as(format.id()).doesNotContain("<script");
            String csv = render(new CsvRenderer(), report, RenderOptions.defaults());
            assertThat(csv).as(format.id()).doesNotContain(";" + formula).doesNotContain("\n" + formula);
        }
        String decisions = render(new CsvRenderer(), new DecisionsFormat().build(hostile, DUTCH).orElseThrow(), RenderOptions.defaults());
        assertThat(decisions).contains("\"'=cmd");
        assertThat(render(new HtmlRenderer(), new DecisionsFormat().build(hostile, DUTCH).orElseThrow(), RenderOptions.defaults()))
            .contains("&lt;script&gt;");
        String register = render(new CsvRenderer(), new ExperimentRegisterFormat().build(hostile, DUTCH).orElseThrow(), RenderOptions.defaults());
        assertThat(register).contains("\"'=cmd");
    }

    @Test
    void everyFormatIsWellFormedHtmlWithoutScripts() {
        for (ReportFormat format : GeneralFormats.all()) {
            for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
                Report report = format.build(SampleDossier.build(), locale).orElseThrow();
                Document document = XmlDocuments.parse(new HtmlRenderer().renderToBytes(report, RenderOptions.defaults().withLocale(locale)));
                assertThat(XmlDocuments.all(document)).as(format.id()).isNotEmpty().noneMatch(e -> e.getLocalName().equals("script"));
            }
        }
    }

    @Test
    void aNaturalPersonIsNamedOnlyInInternalOutput() {
        RenderOptions internal = RenderOptions.defaults().withAudience(Audience.INTERNAL);
        for (ReportFormat format : GeneralFormats.all()) {
            Report report = format.build(SampleDossier.build(), DUTCH).orElseThrow();
            for (ReportRenderer renderer : RENDERERS) {
                assertThat(render(renderer, report, RenderOptions.defaults())).as(format.id() + " " + renderer.formatId())
                    .doesNotContain(SampleDossier.PERSON);
            }
        }
        Report decisions = new DecisionsFormat().build(SampleDossier.build(), DUTCH).orElseThrow();
        for (ReportRenderer renderer : RENDERERS) {
            assertThat(render(renderer, decisions, RenderOptions.defaults())).as(renderer.formatId()).contains("Particulier");
            assertThat(render(renderer, decisions, internal)).as(renderer.formatId()).contains(SampleDossier.PERSON);
        }
    }

    @Test
    void anAmountBeyondTheLibrarysRangeIsRefusedNotThrown() {
        Dossier huge = Dossier.builder().from(SampleDossier.bare()).budget(new nl.sociaaldomein.atelier.budget.BudgetView(0,
            java.util.Map.of("a", pot("a"), "b", pot("b")), java.util.Map.of(), java.util.Map.of())).build();
        Result<Report> built = new BudgetOverviewFormat().build(huge, DUTCH);
        assertThat(built.problems()).extracting(nl.sociaaldomein.atelier.problem.Problem::code).containsExactly("report.amount-out-of-range");
        assertThat(refusal(new BudgetOverviewFormat(), huge, DUTCH)).startsWith("report-format 'budget-overview': ").contains("bereik");
        assertThat(refusal(new BudgetOverviewFormat(), huge, Locale.ENGLISH)).contains("does not fit the library's range");
    }

    private static nl.sociaaldomein.atelier.budget.PotView pot(String id) {
        nl.sociaaldomein.atelier.money.Money max = nl.sociaaldomein.atelier.money.Money.ofCents(Long.MAX_VALUE);
        nl.sociaaldomein.atelier.money.Money zero = nl.sociaaldomein.atelier.money.Money.ZERO;
        return new nl.sociaaldomein.atelier.budget.PotView(id, id, max, zero, zero, zero, zero, zero, zero, zero, max);
    }

    private static nl.sociaaldomein.atelier.calendar.PartialDate date(String text) {
        return nl.sociaaldomein.atelier.calendar.PartialDate.parse(text).orElseThrow();
    }

    private static String render(ReportRenderer renderer, Report report, RenderOptions options) {
        return new String(renderer.renderToBytes(report, options), StandardCharsets.UTF_8);
    }

    /** The one problem a format gives instead of a report, described in the given language. */
    private static String refusal(ReportFormat format, Dossier dossier, Locale locale) {
        List<nl.sociaaldomein.atelier.problem.Problem> problems = format.build(dossier, locale).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0).describe(locale);
    }
}
