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
        assertThat(renderers.forFormat("html").orElseThrow()).isInstanceOf(HtmlRenderer.class);
    }

    @Test
    void anUnknownIdIsRefusedListingTheKnownOnes() {
        assertThat(Renderers.standard().forFormat("pdf").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("report.unknown-output");
            assertThat(problem.kind()).isEqualTo(nl.sociaaldomein.atelier.problem.ProblemKind.NOT_FOUND);
            assertThat(problem.describe(java.util.Locale.ENGLISH))
                .isEqualTo("output 'pdf': unknown output format 'pdf'; known: markdown, html, csv, json");
            assertThat(problem.describe(java.util.Locale.forLanguageTag("nl-NL")))
                .isEqualTo("output 'pdf': onbekend uitvoerformaat 'pdf'; bekend: markdown, html, csv, json");
        });
    }

    @Test
    void twoRenderersForOneFormatAreRefused() {
        assertThatThrownBy(() -> Renderers.of(List.of(new CsvRenderer(), new CsvRenderer())))
            .hasMessageContaining("two renderers for format 'csv'");
    }
}
