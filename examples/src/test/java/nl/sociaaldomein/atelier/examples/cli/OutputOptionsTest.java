package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputOptionsTest {

    private static final String SCENARIO = "oost-gelre-2018";

    @Test
    void formatChoosesTheRenderer() throws IOException {
        AppRun html = AppRun.of("replay", SCENARIO, "--report", "status-table", "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<table");
        AppRun csv = AppRun.of("replay", SCENARIO, "--report", "status-table", "--format", "csv");
        assertThat(csv.out()).contains("nr;experiment;2014;2015;2016;2017;2018;startdatum;einddatum;succesvol");
        AppRun json = AppRun.of("replay", SCENARIO, "--report", "status-table", "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).path("format").asText()).isEqualTo("atelier-report");
    }

    @Test
    void severalReportsInJsonAreOneArrayAndInMarkdownOneDocumentWithRules() throws IOException {
        AppRun json = AppRun.of("replay", SCENARIO, "--format", "json");
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        AppRun md = AppRun.of("replay", SCENARIO);
        assertThat(md.out().split(ReportPrinter.MARKDOWN_SEPARATOR, -1)).hasSize(3);
    }

    @Test
    void outWritesTheFileCreatingItsFolders(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a/b/status.md");
        AppRun run = AppRun.of("replay", SCENARIO, "--report", "status-table", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("atelier: wrote " + file);
        assertThat(Files.readString(file)).startsWith("# Stand van zaken experimenten");
    }

    @Test
    void severalCsvReportsWithOutGoToOneFileEach(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("og.csv");
        AppRun run = AppRun.of("replay", SCENARIO, "--format", "csv", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("og-status-table.csv"))).contains("Zelfsturende professionals");
        assertThat(dir.resolve("og-quarterly-reviews.csv")).exists();
        assertThat(dir.resolve("og-data-quality.csv")).exists();
        assertThat(file).doesNotExist();
    }

    @Test
    void langEnglishTranslatesTheHeadings() {
        AppRun run = AppRun.of("replay", SCENARIO, "--lang", "en");
        assertThat(run.out()).startsWith("# Status of the experiments").doesNotContain("# Stand van zaken experimenten");
    }

    @Test
    void asOfMovesTheMomentTheReportDescribes() {
        AppRun memo = AppRun.of("replay", SCENARIO, "--report", "quarterly-reviews");
        AppRun later = AppRun.of("replay", SCENARIO, "--report", "quarterly-reviews", "--as-of", "2019-01-15");
        AppRun dutch = AppRun.of("replay", SCENARIO, "--report", "quarterly-reviews", "--as-of", "15-01-2019");
        assertThat(memo.out()).contains("- Datum: 12-09-2018");
        assertThat(later.out()).contains("- Datum: 15-01-2019").isNotEqualTo(memo.out()).isEqualTo(dutch.out());
    }

    @Test
    void aWrongOptionValueIsAUsageError() {
        for (String[] args : new String[][] {{"--format", "xml"}, {"--lang", "fr"}, {"--audience", "press"}, {"--as-of", "31-02-2019"}}) {
            AppRun run = AppRun.of("replay", SCENARIO, args[0], args[1]);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains(args[0]).doesNotContain("Exception");
        }
    }
}
