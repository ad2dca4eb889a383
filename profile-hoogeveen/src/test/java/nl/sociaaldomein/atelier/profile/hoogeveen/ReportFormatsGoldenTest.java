package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.Locale;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * Hoogeveen's two formats on the illustrative call, compared with reviewed output under
 * {@code src/test/resources/golden/}. After a deliberate change:
 * {@code mvn -B -o -q -pl profile-hoogeveen -am verify -Dtest=ReportFormatsGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Datelier.updateGolden=true}, then review {@code git diff}.
 */
class ReportFormatsGoldenTest {

    private static final Dossier DOSSIER = IllustrativeCall.dossier();
    private static final RenderOptions DUTCH = RenderOptions.defaults();

    private static Report agenda(Locale locale) {
        return new InnovationAgendaFormat(IllustrativeCall.agenda()).build(DOSSIER, locale).orElseThrow();
    }

    private static Report overview(Locale locale) {
        ReportFormat format = new FundingOverviewFormat();
        return format.build(DOSSIER, locale).orElseThrow();
    }

    private static void check(String name, ReportRenderer renderer, Report report, RenderOptions options) {
        Golden.assertMatches(name, renderer.renderToBytes(report, options));
    }

    @Test
    void innovationAgenda() {
        check("innovation-agenda.md", new MarkdownRenderer(), agenda(DUTCH.locale()), DUTCH);
        check("innovation-agenda.csv", new CsvRenderer(), agenda(DUTCH.locale()), DUTCH);
        check("innovation-agenda.json", new JsonRenderer(), agenda(DUTCH.locale()), DUTCH);
    }

    @Test
    void innovationAgendaInEnglish() {
        check("innovation-agenda.en.md", new MarkdownRenderer(), agenda(Locale.ENGLISH), DUTCH.withLocale(Locale.ENGLISH));
    }

    @Test
    void fundingOverview() {
        check("funding-overview.md", new MarkdownRenderer(), overview(DUTCH.locale()), DUTCH);
        check("funding-overview.csv", new CsvRenderer(), overview(DUTCH.locale()), DUTCH);
        check("funding-overview.json", new JsonRenderer(), overview(DUTCH.locale()), DUTCH);
    }

    @Test
    void fundingOverviewInEnglish() {
        check("funding-overview.en.md", new MarkdownRenderer(), overview(Locale.ENGLISH), DUTCH.withLocale(Locale.ENGLISH));
    }
}
