package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.sociaaldomein.atelier.initiative.Audience;
import org.junit.jupiter.api.Test;

/** A public report never names a natural person; public is the default; internal may name them. */
class PrivacyTest {

    @Test
    void publicOutputOfEveryFormatShowsParticulierInstead() {
        for (ReportRenderer renderer : java.util.List.of(new MarkdownRenderer(), new HtmlRenderer(), new CsvRenderer(),
            new JsonRenderer())) {
            String output = new String(renderer.renderToBytes(SampleReport.build(), RenderOptions.defaults()),
                StandardCharsets.UTF_8);
            assertThat(output).as(renderer.formatId()).doesNotContain(SampleReport.PRIVATE_NAME).contains("Particulier");
        }
    }

    @Test
    void theDefaultAudienceIsPublic() {
        assertThat(RenderOptions.defaults().audience()).isEqualTo(Audience.PUBLIC);
    }

    @Test
    void internalOutputMayNameThemAndSaysItIsInternal() {
        RenderOptions internal = RenderOptions.defaults().withAudience(Audience.INTERNAL);
        for (ReportRenderer renderer : java.util.List.of(new MarkdownRenderer(), new HtmlRenderer())) {
            String output = new String(renderer.renderToBytes(SampleReport.build(), internal), StandardCharsets.UTF_8);
            assertThat(output).as(renderer.formatId()).contains(SampleReport.PRIVATE_NAME + " 3")
                .contains("Intern: bevat persoonsgegevens");
        }
        String csv = new String(new CsvRenderer().renderToBytes(SampleReport.build(), internal), StandardCharsets.UTF_8);
        assertThat(csv).contains(SampleReport.PRIVATE_NAME + " 3");
    }
}
