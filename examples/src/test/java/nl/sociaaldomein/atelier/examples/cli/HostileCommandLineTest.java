package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a careless or hostile command line does to the files around it and to the terminal. */
class HostileCommandLineTest {

    static final String HOOGEVEEN = RoundScenariosTest.HOOGEVEEN_FILE;

    private static Path copyOfHoogeveen(Path dir) throws IOException {
        return Files.copy(Path.of(HOOGEVEEN), dir.resolve("ronde.yaml"));
    }

    @Test
    void outNamingTheInputFileIsRefusedAndTheInputIsUnchanged(@TempDir Path dir) throws IOException {
        Path round = copyOfHoogeveen(dir);
        byte[] before = Files.readAllBytes(round);
        for (String out : List.of(round.toString(), dir.resolve("./ronde.yaml").toString())) {
            AppRun run = AppRun.of("run", round.toString(), "--profile", "hoogeveen", "--out", out);
            assertThat(run.exitCode()).as(out).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(out).startsWith("--out " + out + " would overwrite the input file " + round);
        }
        assertThat(Files.readAllBytes(round)).isEqualTo(before);
    }

    @Test
    void outNamingTheRoundsPortfolioFileIsRefusedToo(@TempDir Path dir) throws IOException {
        Path portfolio = Files.copy(Path.of("../docs/examples/portfolio-groningen-2016.yaml"), dir.resolve("p.yaml"));
        Path round = Files.writeString(dir.resolve("r.yaml"), """
            format: atelier-round/1
            portfolio: p.yaml
            budget: {pots: [{id: pot, name: Pot, ceiling: 1000000, period: 2016}]}
            call: {id: c, name: Ronde, pot: pot, framework: innovatieatelier-2016, maximumAmount: 1000000,
                   phases: [{phase: decisions, start: 01-01-2016, end: 31-05-2016}]}
            """);
        byte[] before = Files.readAllBytes(portfolio);
        AppRun run = AppRun.of("run", round.toString(), "--profile", "groningen", "--out", portfolio.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("would overwrite the input file");
        assertThat(Files.readAllBytes(portfolio)).isEqualTo(before);
    }

    @Test
    void outDashIsStandardOutputAndCreatesNoFileNamedDash(@TempDir Path dir) {
        AppRun run = AppRun.of("replay", "oost-gelre-2018", "--report", "status-table", "--out", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Stand van zaken experimenten");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void anEmptyOutOrAReportNamedTwiceIsAUsageError() {
        for (String[] args : new String[][] {{"--out="}, {"--report", "status-table,status-table"}}) {
            String[] full = Stream.concat(Stream.of("replay", "oost-gelre-2018"), Stream.of(args)).toArray(String[]::new);
            AppRun run = AppRun.of(full);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
        }
        assertThat(AppRun.of("replay", "oost-gelre-2018", "--out=").err()).startsWith("--out needs a file name (or - for standard output)");
        assertThat(AppRun.of("replay", "oost-gelre-2018", "--report", "status-table,status-table").err())
            .startsWith("--report names 'status-table' more than once");
    }

    @Test
    void severalReportFilesAreWrittenAllOrNone(@TempDir Path dir) throws IOException {
        Path old = Files.writeString(dir.resolve("og-status-table.csv"), "oud");
        Files.createDirectories(dir.resolve("og-data-quality.csv"));
        AppRun run = AppRun.of("replay", "oost-gelre-2018", "--format", "csv", "--out", dir.resolve("og.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("og-data-quality.csv is a folder, not a file").doesNotContain("wrote");
        assertThat(Files.readString(old)).isEqualTo("oud");
        assertThat(dir.resolve("og-quarterly-reviews.csv")).doesNotExist();
    }

    @Test
    void aMessageQuotingTheFileShowsTerminalEscapesEscaped(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), """
            {"format": "atelier-portfolio/1", "municipality": {"name": "X", "cbsCode": "GM9999"},
             "initiatives": [{"id": "a", "title": "t", "applicant": {"kind": "\\u001b]0;PWNED\\u0007\\u001b[2J", "name": "n"}}]}
            """);
        AppRun run = AppRun.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("onbekende waarde '\\u001b]0;PWNED\\u0007\\u001b[2J'").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void anOptionValueWithTerminalEscapesIsShownEscaped() {
        AppRun run = AppRun.of("replay", "oost-gelre-2018", "--format", "\u001b[2Jmd");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("not '\\u001b[2Jmd'").doesNotContain("\u001b");
    }

    @Test
    void aFileWithThousandsOfProblemsListsTwoHundredAndCountsTheRest(@TempDir Path dir) throws IOException {
        StringBuilder file = new StringBuilder("format: atelier-portfolio/1\nmunicipality: {name: X, cbsCode: GM9999}\ninitiatives: []\n");
        for (int i = 0; i < 3_000; i++) {
            file.append("unknown").append(i).append(": 1\n");
        }
        Path path = Files.writeString(dir.resolve("veel.yaml"), file);
        AppRun run = AppRun.of("validate", path.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(Dossiers.LISTED + 2);
        // Dutch by default.
        assertThat(lines.get(0)).startsWith(path + ":4:11: /unknown0: onbekend veld 'unknown0'");
        assertThat(lines.get(Dossiers.LISTED)).isEqualTo(path + ": … en nog 2800 die niet zijn opgesomd");
        assertThat(lines.get(Dossiers.LISTED + 1)).isEqualTo(path + ": niet geldig, 3000 problemen");
        List<String> english = AppRun.of("validate", path.toString(), "--lang", "en").err().lines().toList();
        assertThat(english.get(0)).startsWith(path + ":4:11: /unknown0: unknown field 'unknown0'");
        assertThat(english.get(Dossiers.LISTED)).isEqualTo(path + ": … and 2800 more not listed");
        assertThat(english.get(Dossiers.LISTED + 1)).isEqualTo(path + ": not valid, 3000 problems");
    }

    @Test
    void runningOutOfMemoryIsAFaultWithAOneLineMessageAndExitThree() {
        Renderers exhausted = Renderers.of(List.of(new ReportRenderer() {
            @Override
            public String formatId() {
                return "markdown";
            }

            @Override
            public String mediaType() {
                return "text/markdown";
            }

            @Override
            public String fileExtension() {
                return "md";
            }

            @Override
            public void render(Report report, RenderOptions options, OutputStream out) {
                throw new OutOfMemoryError("Java heap space");
            }
        }));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtelierApp.execute(new Components(exhausted, Progress::forConsole, ScenarioCatalogue.bundled()),
            new PrintWriter(out), new PrintWriter(err), "replay", "oost-gelre-2018");
        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString()).startsWith("atelier: internal error: out of memory").doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(2);
    }
}
