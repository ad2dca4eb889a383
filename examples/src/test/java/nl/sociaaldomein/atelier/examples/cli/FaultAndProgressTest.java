package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.api.Test;

class FaultAndProgressTest {

    /** A renderer with a bug in it. */
    static final class BrokenRenderer implements ReportRenderer {
        @Override
        public String formatId() {
            return "markdown";
        }

        @Override
        public String mediaType() {
            return "text/markdown; charset=UTF-8";
        }

        @Override
        public String fileExtension() {
            return "md";
        }

        @Override
        public void render(Report report, RenderOptions options, OutputStream out) {
            throw new IllegalStateException("renderer bug");
        }
    }

    private static AppRun run(Components components, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtelierApp.execute(components, new PrintWriter(out), new PrintWriter(err), args);
        return new AppRun(code, out.toString(), err.toString());
    }

    @Test
    void aFaultInsideTheAppExitsThreeWithAShortMessageAndTheDetailsInAFile() throws IOException {
        Components broken = new Components(Renderers.of(List.of(new BrokenRenderer())), Progress::forConsole, ScenarioCatalogue.bundled());
        AppRun run = run(broken, "replay", "oost-gelre-2018");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("atelier: internal error: IllegalStateException: renderer bug")
            .doesNotContain("at nl.");
        Matcher details = Pattern.compile("details written to (\\S+)").matcher(run.err());
        assertThat(details.find()).isTrue();
        Path file = Path.of(details.group(1));
        assertThat(Files.readString(file)).contains("at nl.sociaaldomein.atelier.examples.cli.FaultAndProgressTest$BrokenRenderer.render");
        Files.delete(file);
    }

    @Test
    void aBrokenBundledScenarioIsTheAppsFaultNotTheUsers() {
        Components missing = new Components(Renderers.standard(), Progress::forConsole, new ScenarioCatalogue("/no-such-folder/"));
        AppRun run = run(missing, "replay", "--list");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("/no-such-folder/index.yaml is not on the classpath");
    }

    @Test
    void aReplayStepsThroughReadingRunningAndEachReport() {
        List<String> steps = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void step(int done, int total, String what) {
                steps.add(done + "/" + total + " " + what);
            }

            @Override
            public void finish() {
                steps.add("finish");
            }
        };
        AppRun run = run(new Components(Renderers.standard(), err -> recording, ScenarioCatalogue.bundled()), "replay", "oost-gelre-2018");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(steps).startsWith("0/3 reading experiments-2018.yaml", "1/3 running experiment register",
            "2/5 report status-table", "3/5 report quarterly-reviews", "4/5 report data-quality", "finish");
    }

    @Test
    void theTerminalBarRedrawsOneLineAndClearsIt() {
        StringWriter err = new StringWriter();
        Progress bar = Progress.onTerminal(new PrintWriter(err));
        bar.step(1, 4, "assessing");
        bar.step(2, 4, "go");
        bar.finish();
        String expectedFirst = "\r[#####---------------] 1/4 assessing";
        assertThat(err.toString()).startsWith(expectedFirst)
            .contains("\r[##########----------] 2/4 go" + " ".repeat("1/4 assessing".length() - "2/4 go".length()))
            .endsWith("\r" + " ".repeat(expectedFirst.length() - 1) + "\r")
            .doesNotContain("\n");
    }

    @Test
    void withoutAConsoleTheAppSaysNothingExtra() {
        // Tests run without a terminal, as a pipe does: the standard components choose silence.
        StringWriter err = new StringWriter();
        assertThat(Progress.forConsole(new PrintWriter(err))).isSameAs(Progress.silent());
        AppRun run = AppRun.of("replay", "oost-gelre-2018");
        assertThat(run.err()).isEmpty();
    }
}
