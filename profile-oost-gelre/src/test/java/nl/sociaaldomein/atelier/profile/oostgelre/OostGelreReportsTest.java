package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.render.CsvRenderer;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.testkit.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * Oost Gelre's three report formats on the memo's register as of its date (12 september 2018),
 * rendered as Markdown, CSV and JSON and compared with reviewed golden files
 * ({@code src/test/resources/golden/}; regenerate with {@code -Datelier.updateGolden=true} and
 * review with {@code git diff}); the HTML must be well-formed XML without scripts.
 */
class OostGelreReportsTest {

    static final LocalDate MEMO = LocalDate.of(2018, 9, 12);

    private static final Map<String, ReportFormat> FORMATS = Profiles.load("oost-gelre")
        .getInstance(Key.get(new TypeLiteral<Map<String, ReportFormat>>() { }));

    static Dossier memoDossier() {
        return Dossier.builder().municipality(Municipality.of("Oost Gelre", "GM1586"))
            .title("Experimenten Sociaal Domein").source("004_09d1d1def8e42fc5.txt").asOf(MEMO)
            .register(OostGelreExperimentRegisterTest.load()).build();
    }

    static Report build(String formatId, Locale locale) {
        return FORMATS.get(formatId).build(memoDossier(), locale)
            .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-table", "quarterly-reviews", "data-quality"})
    void rendersAsTheGoldenFiles(String formatId) {
        Report report = build(formatId, RenderOptions.DUTCH);
        RenderOptions dutch = RenderOptions.defaults();
        Golden.assertMatches(formatId + ".md", new MarkdownRenderer().renderToBytes(report, dutch));
        Golden.assertMatches(formatId + ".csv", new CsvRenderer().renderToBytes(report, dutch));
        Golden.assertMatches(formatId + ".json", new JsonRenderer().renderToBytes(report, dutch));
        RenderOptions english = dutch.withLocale(Locale.ENGLISH);
        Golden.assertMatches(formatId + ".en.md", new MarkdownRenderer().renderToBytes(build(formatId, Locale.ENGLISH), english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-table", "quarterly-reviews", "data-quality"})
    void htmlIsWellFormedXmlWithoutScripts(String formatId) throws Exception {
        byte[] html = new HtmlRenderer().renderToBytes(build(formatId, RenderOptions.DUTCH), RenderOptions.defaults());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(new String(html, StandardCharsets.UTF_8)).doesNotContainIgnoringCase("<script")
            .doesNotContainIgnoringCase("javascript:");
        assertThat(document.getElementsByTagNameNS("*", "table").getLength()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-table", "quarterly-reviews", "data-quality"})
    void refusesADossierWithoutRegister(String formatId) {
        Dossier empty = Dossier.builder().municipality(Municipality.of("Oost Gelre", "GM1586")).asOf(MEMO).build();
        assertThat(FORMATS.get(formatId).build(empty, RenderOptions.DUTCH).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("report.dossier-incomplete");
            assertThat(problem.place().subject("report-format")).contains(formatId);
            assertThat(problem.message(RenderOptions.DUTCH))
                .isEqualTo("'" + formatId + "' heeft een register van experimenten nodig; dit dossier heeft er geen");
            assertThat(problem.message(java.util.Locale.ENGLISH))
                .isEqualTo("'" + formatId + "' needs an experiments register; this dossier has none");
        });
    }
}
