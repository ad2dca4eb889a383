package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files found in review: each is refused with a located problem, never misread. */
class HostileInputTest {

    private static final String PORTFOLIO = """
        format: atelier-portfolio/1
        municipality: {name: Voorbeeld, cbsCode: GM9999}
        initiatives: []
        """;

    private static List<Problem> yamlProblems(String text) {
        return LocatedDocument.parse("x.yaml", text.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, ReadLimits.DEFAULT)
            .flatMap(PortfolioReader::read).problems();
    }

    @Test
    void aSecondYamlDocumentIsRefusedRatherThanIgnored() {
        List<Problem> problems = yamlProblems(PORTFOLIO + "---\nformat: something-else\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.place().line()).isEqualTo(5);
            assertThat(p.message(Locale.ENGLISH)).contains("more than one document");
        });
    }

    @Test
    void aYamlAliasIsRefusedRatherThanReadAsItsAnchorName() {
        List<Problem> problems = yamlProblems("""
            format: atelier-portfolio/1
            municipality: &m {name: Voorbeeld, cbsCode: GM9999}
            title: *m
            initiatives: []
            """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(FileProblem.describe(p, Locale.ENGLISH)).startsWith("x.yaml:3:8: /title: ");
            assertThat(p.message(Locale.ENGLISH)).contains("alias", "*m");
        });
    }

    @Test
    void anAmountWithAHugeExponentIsRefusedQuicklyWithAShortMessage() {
        List<Problem> problems = yamlProblems("""
            format: atelier-portfolio/1
            municipality: {name: Voorbeeld, cbsCode: GM9999}
            initiatives:
              - {id: a, title: t, applicant: {kind: organisation, name: n, organisationKind: foundation}, requestedAmount: 1e999999999}
            """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.place().path()).isEqualTo("/initiatives/0/requestedAmount");
            assertThat(p.message(Locale.ENGLISH)).contains("too large").hasSizeLessThan(200);
        });
    }

    @Test
    void aPortfolioPathMayNotLeaveTheRoundFilesFolder(@TempDir Path directory) throws IOException {
        Path inside = Files.createDirectories(directory.resolve("round"));
        Files.writeString(directory.resolve("portfolio.yaml"), PORTFOLIO);
        for (String path : List.of("../portfolio.yaml", directory.resolve("portfolio.yaml").toString(), "a/../../portfolio.yaml")) {
            Path round = Files.writeString(inside.resolve("round.yaml"), "format: atelier-round/1\nportfolio: \"" + path + "\"\n");
            assertThat(RoundFileReader.read(round).problems())
                .as(path)
                .anySatisfy(p -> {
                    assertThat(p.place().path()).isEqualTo("/portfolio");
                    assertThat(p.message(Locale.ENGLISH)).contains("inside the round file's folder");
                });
        }
    }

    @Test
    void aPortfolioLinkThatLeadsOutOfTheFolderIsRefusedWithoutReadingOrQuotingWhereItLeads(@TempDir Path directory) throws IOException {
        Path inside = Files.createDirectories(directory.resolve("round"));
        Path secret = Files.writeString(directory.resolve("secret.yaml"), "geheim: wachtwoord-123\n");
        Files.createSymbolicLink(inside.resolve("portfolio.yaml"), secret);
        Files.createSymbolicLink(inside.resolve("map"), directory);
        for (String path : List.of("portfolio.yaml", "map/secret.yaml")) {
            Path round = Files.writeString(inside.resolve("round.yaml"), "format: atelier-round/1\nportfolio: " + path + "\n");
            assertThat(RoundFileReader.read(round).problems()).as(path)
                .anySatisfy(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).endsWith("/portfolio: a portfolio path must stay inside the round file's "
                    + "folder (such as portfolio-2016.yaml or portfolios/2016.yaml), not '" + path + "': it is a link to a file outside that folder"))
                .allSatisfy(p -> assertThat(p.message(Locale.ENGLISH)).doesNotContain("geheim", "wachtwoord", secret.toString()));
        }
    }

    @Test
    void aPortfolioLinkWithinTheFolderIsFollowed(@TempDir Path directory) throws IOException {
        Path inside = Files.createDirectories(directory.resolve("round"));
        Files.writeString(inside.resolve("echt.yaml"), PORTFOLIO);
        Files.createSymbolicLink(inside.resolve("portfolio.yaml"), inside.resolve("echt.yaml"));
        Path round = Files.writeString(inside.resolve("round.yaml"), "format: atelier-round/1\nportfolio: portfolio.yaml\n");
        assertThat(RoundFileReader.read(round).problems()).noneSatisfy(p -> assertThat(p.place().path()).isEqualTo("/portfolio"));
    }

    @Test
    void aPipeOrADeviceIsNotReadAsAFile(@TempDir Path directory) throws Exception {
        assertThat(LocatedDocument.read(Path.of("/dev/zero"), ReadLimits.DEFAULT).problems()).singleElement()
            .satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).isEqualTo("/dev/zero: not a regular file (a pipe, a device or a socket), so it is "
                + "not read; give a file"));
        Path fifo = directory.resolve("fifo.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
            "mkfifo is available");
        assertThat(LocatedDocument.read(fifo, ReadLimits.DEFAULT).problems()).singleElement()
            .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).startsWith("not a regular file"));
    }

    @Test
    void aListElementThatIsNotAnObjectIsOneProblemNotOnePerMissingField() {
        List<Problem> problems = yamlProblems("""
            format: atelier-portfolio/1
            municipality: {name: Voorbeeld, cbsCode: GM9999}
            initiatives: [null, 5, []]
            """);
        assertThat(problems).extracting((Problem p) -> p.place().path()).containsExactly("/initiatives/0", "/initiatives/1", "/initiatives/2");
        assertThat(problems).allSatisfy(p -> assertThat(p.message(Locale.ENGLISH)).startsWith("expected an object"));
    }

    @Test
    void aYamlSyntaxErrorSaysWhatIsWrongNotOnlyWhatTheParserWasDoing() {
        List<Problem> problems = yamlProblems("format: atelier-portfolio/1\nmunicipality:\n\tname: x\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).startsWith("x.yaml:3:1: "));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message(Locale.ENGLISH))
            .isEqualTo("not valid YAML: a tab here; YAML indents with spaces, not tabs"));
    }

    @Test
    void anUnknownFieldWithASlashInItsNameIsLocatedAtItself() {
        List<Problem> problems = yamlProblems(PORTFOLIO + "\"a/b\": 1\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).startsWith("x.yaml:4:8: /a~1b: unknown field 'a/b'"));
    }
}
