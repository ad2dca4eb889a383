package nl.sociaaldomein.atelier.profile.groningen.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.testkit.Golden;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The progress report on the letter's dated projects as of 30 June 2017, compared with reviewed golden files ({@code src/test/resources/golden/};
 * regenerate with {@code -Datelier.updateGolden=true}, review with {@code git diff}).
 */
class HalfYearProgressTest {

    static final LocalDate HALF_YEAR = LocalDate.of(2017, 6, 30);

    private final HalfYearProgress format = new HalfYearProgress(GroningenProgress.CADENCE);

    private Report build(Locale locale) {
        Dossier dossier = Dossier.builder().municipality(Municipality.of("Groningen", "GM0014")).asOf(HALF_YEAR)
            .title("Meedoen 2017").register(MeedoenRegisterTest.load()).build();
        return format.build(dossier, locale).orElseThrow();
    }

    @Test
    void rendersAsTheGoldenFiles() {
        RenderOptions dutch = RenderOptions.defaults();
        Report report = build(RenderOptions.DUTCH);
        Golden.assertMatches("half-year-progress.md", new MarkdownRenderer().renderToBytes(report, dutch));
        Golden.assertMatches("half-year-progress.csv", new CsvRenderer().renderToBytes(report, dutch));
        Golden.assertMatches("half-year-progress.json", new JsonRenderer().renderToBytes(report, dutch));
        Golden.assertMatches("half-year-progress.en.md",
            new MarkdownRenderer().renderToBytes(build(Locale.ENGLISH), dutch.withLocale(Locale.ENGLISH)));
    }

    @Test
    void htmlIsWellFormedXmlWithoutScripts() throws Exception {
        byte[] html = new HtmlRenderer().renderToBytes(build(RenderOptions.DUTCH), RenderOptions.defaults());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(new String(html, StandardCharsets.UTF_8)).doesNotContainIgnoringCase("<script");
        assertThat(document.getElementsByTagNameNS("*", "table").getLength()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesADossierWithoutRegister() {
        Dossier empty = Dossier.builder().municipality(Municipality.of("Groningen", "GM0014")).asOf(HALF_YEAR).build();
        assertThat(format.build(empty, Locale.ENGLISH).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("report.dossier-incomplete");
            assertThat(problem.describe(Locale.ENGLISH))
                .isEqualTo("report-format 'half-year-progress': 'half-year-progress' needs a register of projects; this dossier has none");
            assertThat(problem.message(Locale.forLanguageTag("nl-NL")))
                .isEqualTo("'half-year-progress' heeft een register van projecten nodig; dit dossier heeft er geen");
        });
        assertThat(format.id()).isEqualTo("half-year-progress");
    }
}
