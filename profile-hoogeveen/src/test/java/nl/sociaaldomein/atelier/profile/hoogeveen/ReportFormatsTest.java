package nl.sociaaldomein.atelier.profile.hoogeveen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.render.HtmlRenderer;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The bound formats: what they refuse, what HTML they make, and that no natural person's name leaks. */
class ReportFormatsTest {

    /** Hoogeveen's own formats, as bound (the library's general formats are tested in core). */
    private final Map<String, ReportFormat> formats = GeneralFormats.ownFormats(
        Profiles.load("hoogeveen").getInstance(ProfileContract.named(ReportFormat.class)));
    private final Dossier dossier = IllustrativeCall.dossier();

    @Test
    void theIllustrativeCallGrantsByRankSkippingWhatDoesNotFitAndRejectsTheRequestAboveTheMaximum() {
        var round = dossier.round().orElseThrow();
        assertThat(round.decision("i5").orElseThrow().kind()).isEqualTo(DecisionKind.REJECTED);
        assertThat(round.decision("i5").orElseThrow().motivationText(Locale.forLanguageTag("nl-NL")))
            .contains("gevraagd € 28.000 is meer dan het maximum van € 25.000");
        assertThat(round.decision("i6").orElseThrow().kind()).as("does not fit, skipped").isEqualTo(DecisionKind.REJECTED);
        assertThat(round.decision("i4").orElseThrow().kind()).as("fits after the skip").isEqualTo(DecisionKind.GRANTED);
        assertThat(dossier.budget().orElseThrow().pot(IllustrativeCall.POT).orElseThrow().granted()).isEqualTo(Money.ofEuros(59_500));
    }

    @Test
    void bothFormatsRefuseADossierWithoutARoundWithAMessage() {
        Dossier empty = Dossier.builder().municipality(dossier.municipality()).asOf(LocalDate.of(2017, 1, 1)).build();
        for (ReportFormat format : formats.values()) {
            assertThat(format.build(empty, Locale.forLanguageTag("nl-NL")).problems().get(0).message(Locale.forLanguageTag("nl-NL"))).startsWith("dit rapport heeft een ronde nodig");
            assertThat(format.build(empty, Locale.ENGLISH).problems().get(0).message(Locale.ENGLISH)).startsWith("this report needs a round");
        }
    }

    @Test
    void theBoundAgendaHasTheMotionsThemesAndSaysNoChallengesAreSetYet() {
        Report agenda = formats.get("innovation-agenda").build(dossier, Locale.forLanguageTag("nl-NL")).orElseThrow();
        String markdown = new String(new MarkdownRenderer().renderToBytes(agenda, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Stimuleren van zelfredzaamheid", "## Samenwerken op het gebied van zorg",
            "## Voorkomen van problemen (preventie)", "Voor dit thema zijn nog geen uitdagingen vastgesteld.");
    }

    @Test
    void htmlOfBothFormatsIsWellFormedXmlWithoutScripts() throws Exception {
        for (ReportFormat format : formats.values()) {
            byte[] html = new HtmlRenderer().renderToBytes(format.build(dossier, Locale.forLanguageTag("nl-NL")).orElseThrow(), RenderOptions.defaults());
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
            assertThat(document.getElementsByTagNameNS("*", "script").getLength()).as(format.id()).isZero();
            assertThat(new String(html, StandardCharsets.UTF_8)).doesNotContainIgnoringCase("<script");
        }
    }

    @Test
    void aNaturalPersonIsParticulierInPublicOutputAndNamedOnlyInternally() {
        Report overview = formats.get("funding-overview").build(dossier, Locale.forLanguageTag("nl-NL")).orElseThrow();
        String published = new String(new MarkdownRenderer().renderToBytes(overview, RenderOptions.defaults()), StandardCharsets.UTF_8);
        String internal = new String(new MarkdownRenderer().renderToBytes(overview, RenderOptions.defaults().withAudience(Audience.INTERNAL)),
            StandardCharsets.UTF_8);
        assertThat(published).contains("| Particulier |").doesNotContain("J. Voorbeeld");
        assertThat(internal).contains("J. Voorbeeld (illustratief)");
    }
}
