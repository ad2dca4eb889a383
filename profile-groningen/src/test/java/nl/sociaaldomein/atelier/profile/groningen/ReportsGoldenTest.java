package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * The Groningen formats on the replayed 2016 round, compared with reviewed output (see
 * {@link Golden}; regenerate with {@code -Datelier.updateGolden=true}).
 */
class ReportsGoldenTest {

    static final Dossier DOSSIER = Replay.dossier();
    private final RenderOptions dutch = RenderOptions.defaults();

    static Report build(ReportFormat format, Locale locale) {
        var report = format.build(DOSSIER, locale);
        assertThat(report.isOk()).as("%s: %s", format.id(), report).isTrue();
        return report.orElseThrow();
    }

    @Test
    void grantsAnnex() {
        Report annex = build(new GrantsAnnexFormat(), RenderOptions.DUTCH);
        Golden.assertMatches("grants-annex.md", new MarkdownRenderer().renderToBytes(annex, dutch));
        Golden.assertMatches("grants-annex.csv", new CsvRenderer().renderToBytes(annex, dutch));
        Golden.assertMatches("grants-annex.json", new JsonRenderer().renderToBytes(annex, dutch));
    }

    @Test
    void roundSummary() {
        Report summary = build(new RoundSummaryFormat(), RenderOptions.DUTCH);
        Golden.assertMatches("round-summary.md", new MarkdownRenderer().renderToBytes(summary, dutch));
        Golden.assertMatches("round-summary.csv", new CsvRenderer().renderToBytes(summary, dutch));
        Golden.assertMatches("round-summary.json", new JsonRenderer().renderToBytes(summary, dutch));
    }

    @Test
    void roundSummaryInEnglish() {
        Report summary = build(new RoundSummaryFormat(), Locale.ENGLISH);
        Golden.assertMatches("round-summary.en.md", new MarkdownRenderer().renderToBytes(summary, dutch.withLocale(Locale.ENGLISH)));
    }

    @Test
    void aDossierWithoutARoundIsRefusedWithAMessage() {
        Dossier empty = Dossier.builder().municipality(DOSSIER.municipality()).asOf(DOSSIER.asOf()).build();
        assertThat(new GrantsAnnexFormat().build(empty, RenderOptions.DUTCH).problems().get(0).message(RenderOptions.DUTCH)).contains("ronde");
        assertThat(new RoundSummaryFormat().build(empty, Locale.ENGLISH).problems().get(0).message(Locale.ENGLISH)).contains("needs a round");
    }
}
