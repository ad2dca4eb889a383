package nl.sociaaldomein.atelier.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {

    @Test
    void theExampleRunsARoundPostsItAndRendersAReport() {
        EmbeddingExample.Result result = EmbeddingExample.run(
            Path.of("src/main/resources/scenarios/data/hoogeveen-2016.yaml"), "hoogeveen", "funding-overview");
        // Hoogeveen's policy grants four of the six illustrative initiatives: four grant entries.
        assertThat(result.ledgerEntries()).isEqualTo(4);
        assertThat(result.markdown()).startsWith("# Financieel overzicht innovatie sociaal domein")
            .contains("**€ 59.500**").contains("Particulier").doesNotContain("J. Voorbeeld");
    }
}
