package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.NaturalPerson;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Both formats' HTML is well-formed XML without scripts; natural persons' names stay out of public output. */
class HtmlAndPrivacyTest {

    private static final List<ReportFormat> FORMATS = List.of(new GrantsAnnexFormat(), new RoundSummaryFormat());

    /** The private names without their square brackets, which Markdown escapes: what is left shows in every format. */
    private static final List<String> PRIVATE_NAMES = Replay.PLAN.portfolio().initiatives().stream()
        .filter(i -> i.applicant() instanceof NaturalPerson).map(i -> ((NaturalPerson) i.applicant()).privateName())
        .map(name -> name.replace("[", "").replace("]", "")).toList();

    @Test
    void htmlParsesAsXmlAndHasNoScript() throws Exception {
        for (ReportFormat format : FORMATS) {
            for (Locale locale : List.of(RenderOptions.DUTCH, Locale.ENGLISH)) {
                byte[] html = new HtmlRenderer().renderToBytes(ReportsGoldenTest.build(format, locale),
                    RenderOptions.defaults().withLocale(locale));
                Document document = parse(html);
                assertThat(document.getElementsByTagNameNS("*", "script").getLength()).as(format.id()).isZero();
                assertThat(new String(html, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)).doesNotContain("<script");
            }
        }
    }

    @Test
    void aPublicRenderNeverNamesANaturalPersonWhileAnInternalOneMay() {
        assertThat(PRIVATE_NAMES).hasSize(8); // the annex's "Particulier" rows; the 24 unnamed ideas name nobody
        Report annex = ReportsGoldenTest.build(new GrantsAnnexFormat(), RenderOptions.DUTCH);
        for (String formatId : Renderers.standard().formatIds()) {
            ReportRenderer renderer = Renderers.standard().forFormat(formatId).orElseThrow();
            for (ReportFormat format : FORMATS) {
                String rendered = new String(renderer.renderToBytes(ReportsGoldenTest.build(format, RenderOptions.DUTCH),
                    RenderOptions.defaults()), StandardCharsets.UTF_8);
                assertThat(PRIVATE_NAMES).as("%s in %s", format.id(), formatId).noneMatch(rendered::contains);
            }
            String internal = new String(renderer.renderToBytes(annex, RenderOptions.defaults().withAudience(Audience.INTERNAL)),
                StandardCharsets.UTF_8);
            assertThat(internal).as(formatId).contains("naam niet gepubliceerd: bijlage rij 3");
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
