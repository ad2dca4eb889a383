package nl.sociaaldomein.atelier.render;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import nl.sociaaldomein.atelier.testkit.Golden;

/** The sample report in each text format, compared with reviewed output (see {@link Golden}). */
class GoldenFilesTest {

    private final RenderOptions dutch = RenderOptions.defaults();

    @Test
    void markdown() {
        Golden.assertMatches("sample-report.md", new MarkdownRenderer().renderToBytes(SampleReport.build(), dutch));
    }

    @Test
    void csv() {
        Golden.assertMatches("sample-report.csv", new CsvRenderer().renderToBytes(SampleReport.build(), dutch));
    }

    @Test
    void json() {
        Golden.assertMatches("sample-report.json", new JsonRenderer().renderToBytes(SampleReport.build(), dutch));
    }

    @Test
    void markdownInEnglish() {
        Golden.assertMatches("sample-report.en.md", new MarkdownRenderer()
            .renderToBytes(SampleReport.build(), dutch.withLocale(Locale.ENGLISH)));
    }
}
