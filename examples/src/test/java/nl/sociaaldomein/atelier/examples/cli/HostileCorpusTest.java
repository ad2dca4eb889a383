package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.text.Printable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and careless files ({@code src/test/resources/hostile/}, listed with what each must
 * end in by {@code expected.tsv}) through {@code validate --profile} and {@code run}: octal and
 * hexadecimal amounts, sums beyond the largest amount, control characters and lone surrogates,
 * YAML tags, unclosed quotes, impossible and partial dates, files of another municipality, portfolio
 * paths out of the folder, and rounds that read well but that the profile, the call or the
 * ledger refuses. Each ends with the documented exit code and, when refused, with its first problem at
 * the expected line, column and path, in plain words, without a stack trace, with nothing
 * written or changed; and {@code validate --profile} says exactly what {@code run} says.
 */
class HostileCorpusTest {

    /** A line of standard error that is a located problem: {@code file:line:column: /path: message} or {@code file: message}. */
    private static final String LOCATED = "(:\\d+:\\d+)?: (/\\S*: )?\\S.*";

    /** One file of the corpus and what it must end in. */
    record Case(String file, String profile, int exitCode, String place, String phrase) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                cases.add(new Case(c[0], c[1], Integer.parseInt(c[2]), c[3], c[4]));
            }
        }
        assertThat(cases).as("the corpus").hasSizeGreaterThanOrEqualTo(60);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void endsAsDocumentedAndValidateAgreesWithRun(Case c, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(c.file());
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + c.file())) {
            Files.write(file, in.readAllBytes());
        }
        byte[] input = Files.readAllBytes(file);
        Path existing = Files.writeString(dir.resolve("rapport.md"), "vorige versie\n");

        // The corpus lists each first problem's English phrase; the problems' Dutch wording is checked below.
        AppRun validate = AppRun.of("validate", file.toString(), "--profile", c.profile(), "--lang", "en");
        AppRun run = AppRun.of("run", file.toString(), "--profile", c.profile(), "--out", existing.toString(), "--lang", "en");

        assertThat(validate.exitCode()).as("validate: %s", validate.err()).isEqualTo(c.exitCode());
        assertThat(run.exitCode()).as("run: %s", run.err()).isEqualTo(c.exitCode());
        for (AppRun each : List.of(validate, run)) {
            assertPlainWords(each.err());
        }
        assertThat(Files.readAllBytes(file)).as("the input is unchanged").isEqualTo(input);
        if (c.exitCode() == ExitCode.OK) {
            assertThat(Files.readString(existing)).isNotEqualTo("vorige versie\n");
            assertSafeReports(file, c.profile(), dir);
            return;
        }
        assertThat(validate.err()).as("validate --profile says what run says").isEqualTo(run.err());
        assertThat(validate.out()).isEmpty();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(existing)).as("no output changed").isEqualTo("vorige versie\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no output created").containsExactlyInAnyOrder(file, existing);
        }
        List<String> lines = run.err().lines().toList();
        String name = Pattern.quote(file.toString());
        assertThat(lines).as("every line names the file and, where there is one, the place").allMatch(l -> l.matches(name + LOCATED));
        assertThat(lines.get(lines.size() - 1)).matches(name + ": not valid, \\d+ problems?");
        String[] place = c.place().split(" ", 2);
        String prefix = file + (place[0].equals("-") ? "" : ":" + place[0]) + ": " + (place[1].equals("-") ? "" : place[1] + ": ");
        assertThat(lines).as("the first problem's place").anySatisfy(l -> assertThat(l).startsWith(prefix).contains(c.phrase()));

        // By default the same problems, at the same places, in Dutch.
        AppRun dutch = AppRun.of("validate", file.toString(), "--profile", c.profile());
        List<String> dutchLines = dutch.err().lines().toList();
        assertThat(dutch.exitCode()).isEqualTo(c.exitCode());
        assertThat(dutchLines).hasSameSizeAs(lines);
        assertThat(dutchLines.get(dutchLines.size() - 1)).matches(name + ": niet geldig, \\d+ (probleem|problemen)");
        assertThat(dutchLines).as("the first problem's place, in Dutch").anySatisfy(l -> assertThat(l).startsWith(prefix));
    }

    /** No stack trace, no parser's or library's internals, nothing that acts on a terminal. */
    private static void assertPlainWords(String err) {
        assertThat(err).doesNotContain("\tat ", "Exception", "Error:", "com.fasterxml", "org.yaml", "snakeyaml",
            "StreamReadConstraints", "internal error");
        assertThat(err.chars().filter(ch -> ch != '\n' && Printable.isDroppedControl((char) ch))).isEmpty();
        assertThat(Printable.escaped(err.replace("\n", ""))).isEqualTo(err.replace("\n", ""));
    }

    /** A file that runs gives reports in every format with no control character, no lone surrogate and no live formula. */
    private static void assertSafeReports(Path file, String profile, Path dir) throws IOException {
        for (String format : List.of("md", "html", "csv", "json")) {
            Path out = dir.resolve("alles." + format);
            AppRun run = AppRun.of("run", file.toString(), "--profile", profile, "--format", format, "--out", out.toString());
            assertThat(run.exitCode()).as(format).isEqualTo(ExitCode.OK);
            try (Stream<Path> written = Files.list(dir)) {
                for (Path report : written.filter(p -> p.getFileName().toString().startsWith("alles")).toList()) {
                    String text = strictUtf8(Files.readAllBytes(report));
                    assertThat(text.chars().filter(ch -> Printable.isDroppedControl((char) ch))).as(report.toString()).isEmpty();
                    assertThat(text).as(report.toString()).doesNotContainPattern("\\\\u[dD][89a-fA-F]");
                    if (format.equals("json")) {
                        new ObjectMapper().readTree(text);
                    }
                    if (format.equals("csv")) {
                        assertThat(text.lines()).as(report.toString()).noneMatch(l -> l.matches("(^|.*;)\"?[=+@].*"));
                    }
                    Files.delete(report);
                }
            }
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
