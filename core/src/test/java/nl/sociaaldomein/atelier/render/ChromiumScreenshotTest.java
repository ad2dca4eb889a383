package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample HTML report in headless Chromium and checks a picture comes out. Skipped,
 * saying why, on machines without {@code /usr/bin/chromium}, unless {@code ATELIER_REQUIRE_CHROMIUM}
 * is set (as CI does), when it fails. The picture is left in
 * {@code core/target/screenshots/sample-report.png}; docs/screenshots/sample-report.png is a copy.
 */
class ChromiumScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @Test
    void sampleReportRendersToAPicture() throws IOException, InterruptedException {
        // CI (.ci/run) sets ATELIER_REQUIRE_CHROMIUM: there a missing browser fails the test instead of skipping it.
        if (System.getenv("ATELIER_REQUIRE_CHROMIUM") != null) {
            assertThat(CHROMIUM).as("Chromium, which this build requires (ATELIER_REQUIRE_CHROMIUM is set)").isExecutable();
        }
        assumeTrue(Files.isExecutable(CHROMIUM),
            "skipped: " + CHROMIUM + " is not installed (apt-get install chromium to run this test)");
        Path directory = Files.createDirectories(Path.of("target", "screenshots")).toAbsolutePath();
        Path html = directory.resolve("sample-report.html");
        Path png = directory.resolve("sample-report.png");
        Files.deleteIfExists(png);
        Files.write(html, new HtmlRenderer().renderToBytes(SampleReport.build(), RenderOptions.defaults()));
        Path profile = Files.createTempDirectory("atelier-chromium-");

        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
            "--screenshot=" + png, "--window-size=1200,1600", html.toUri().toString()))
            .redirectErrorStream(true).redirectOutput(directory.resolve("chromium.log").toFile()).start();
        boolean finished = chromium.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            chromium.destroyForcibly();
        }

        assertThat(finished).as("Chromium finished (log: %s)", directory.resolve("chromium.log")).isTrue();
        assertThat(png).as("Chromium wrote a screenshot (log: %s)", directory.resolve("chromium.log")).exists();
        byte[] picture = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(picture, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(picture.length).as("a page with text and charts, not a blank one").isGreaterThan(20_000);
    }
}
