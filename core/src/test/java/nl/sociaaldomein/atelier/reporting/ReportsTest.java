package nl.sociaaldomein.atelier.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.render.Reports;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.api.Test;

/** The language of a report is chosen once, in RenderOptions, and one report never mixes two. */
class ReportsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void oneChoiceOfLanguageBuildsAndRendersTheReport() {
        Dossier dossier = SampleDossier.build();
        String dutch = html(Reports.render(new DecisionsFormat(), dossier, new HtmlRenderer(), RenderOptions.defaults()));
        String english = html(Reports.render(new DecisionsFormat(), dossier, new HtmlRenderer(), RenderOptions.defaults().withLocale(Locale.ENGLISH)));

        assertThat(dutch).contains("lang=\"nl-NL\"").contains(heading(DUTCH));
        assertThat(english).contains("lang=\"en\"").contains(heading(Locale.ENGLISH));
        assertThat(heading(DUTCH)).isNotEqualTo(heading(Locale.ENGLISH));
    }

    @Test
    void aReportBuiltInOneLanguageIsRefusedByEveryRendererInTheOther() {
        Report dutch = Reports.build(new DecisionsFormat(), SampleDossier.build(), RenderOptions.defaults()).orElseThrow();
        assertThat(dutch.language()).contains(RenderOptions.DUTCH);
        RenderOptions english = RenderOptions.defaults().withLocale(Locale.ENGLISH);
        for (ReportRenderer renderer : new ReportRenderer[] {new MarkdownRenderer(), new HtmlRenderer(), new CsvRenderer(), new JsonRenderer()}) {
            assertThatThrownBy(() -> renderer.renderToBytes(dutch, english)).as(renderer.formatId())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("built in Dutch and cannot be rendered in English");
            // Any other Dutch locale is the same language: no refusal.
            assertThat(renderer.renderToBytes(dutch, RenderOptions.defaults().withLocale(Locale.forLanguageTag("nl-BE")))).isNotEmpty();
        }
    }

    @Test
    void aReportBuiltDirectlyCarriesNoLanguageAndRendersAsBefore() {
        Report direct = new DecisionsFormat().build(SampleDossier.build(), DUTCH).orElseThrow();
        assertThat(direct.language()).isEmpty();
        assertThat(new HtmlRenderer().renderToBytes(direct, RenderOptions.defaults())).isNotEmpty();
    }

    @Test
    void whatTheDossierLacksIsOneProblemInBothLanguages() {
        Result<Report> built = Reports.build(new DecisionsFormat(), SampleDossier.bare(), RenderOptions.defaults().withLocale(Locale.ENGLISH));

        assertThat(built.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("report.dossier-incomplete");
            assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
            assertThat(problem.place().subject("report-format")).contains("decisions");
            assertThat(problem.message(Locale.ENGLISH)).contains("the dossier has no round");
            assertThat(problem.message(DUTCH)).contains("geen ronde");
        });
    }

    private static String heading(Locale locale) {
        return new DecisionsFormat().build(SampleDossier.build(), locale).orElseThrow().title();
    }

    private static String html(Result<byte[]> rendered) {
        return new String(rendered.orElseThrow(), StandardCharsets.UTF_8);
    }

}
