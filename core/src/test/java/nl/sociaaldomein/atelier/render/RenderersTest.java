package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void theStandardFormatsAreFoundByTheirIds() {
        Renderers renderers = Renderers.standard();
        assertThat(renderers.formatIds()).containsExactly("markdown", "html", "csv", "json");
        assertThat(renderers.forFormat("html").get()).isInstanceOf(HtmlRenderer.class);
    }

    @Test
    void anUnknownIdIsRefusedListingTheKnownOnes() {
        assertThat(Renderers.standard().forFormat("pdf").getLeft())
            .isEqualTo("unknown report format 'pdf', known formats [markdown, html, csv, json]");
    }

    @Test
    void twoRenderersForOneFormatAreRefused() {
        assertThatThrownBy(() -> Renderers.of(List.of(new CsvRenderer(), new CsvRenderer())))
            .hasMessageContaining("two renderers for format 'csv'");
    }
}
