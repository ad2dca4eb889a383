package nl.sociaaldomein.atelier.reporting;

import java.util.Locale;
import nl.sociaaldomein.atelier.render.CsvRenderer;

import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import nl.sociaaldomein.atelier.testkit.Golden;

/**
 * Each general format built from {@link SampleDossier}, compared with reviewed output under
 * {@code src/test/resources/golden/reporting/} (regenerate with {@code -Datelier.updateGolden=true}
 * and review with {@code git diff}).
 */
class GeneralFormatsGoldenTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @ParameterizedTest
    @ValueSource(strings = {DecisionsFormat.ID, BudgetOverviewFormat.ID, RoundOverviewFormat.ID, ExperimentRegisterFormat.ID})
    void markdownCsvAndJsonInDutch(String id) {
        Report report = build(id, DUTCH);
        compare(id + ".md", new MarkdownRenderer(), report, RenderOptions.defaults());
        compare(id + ".csv", new CsvRenderer(), report, RenderOptions.defaults());
        compare(id + ".json", new JsonRenderer(), report, RenderOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {DecisionsFormat.ID, BudgetOverviewFormat.ID, RoundOverviewFormat.ID, ExperimentRegisterFormat.ID})
    void markdownInEnglish(String id) {
        compare(id + ".en.md", new MarkdownRenderer(), build(id, Locale.ENGLISH), RenderOptions.defaults().withLocale(Locale.ENGLISH));
    }

    static Report build(String id, Locale locale) {
        ReportFormat format = GeneralFormats.all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        return format.build(SampleDossier.build(), locale).orElseThrow();
    }

    private static void compare(String name, ReportRenderer renderer, Report report, RenderOptions options) {
        Golden.assertMatches("reporting/" + name, renderer.renderToBytes(report, options));
    }
}
