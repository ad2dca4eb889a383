package nl.sociaaldomein.atelier.io;

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

    private static List<InputProblem> yamlProblems(String text) {
        return LocatedDocument.parse("x.yaml", text.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, ReadLimits.DEFAULT)
            .flatMap(PortfolioReader::read).getLeft();
    }

    @Test
    void aSecondYamlDocumentIsRefusedRatherThanIgnored() {
        List<InputProblem> problems = yamlProblems(PORTFOLIO + "---\nformat: something-else\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("more than one document");
        });
    }

    @Test
    void aYamlAliasIsRefusedRatherThanReadAsItsAnchorName() {
        List<InputProblem> problems = yamlProblems("""
            format: atelier-portfolio/1
            municipality: &m {name: Voorbeeld, cbsCode: GM9999}
            title: *m
            initiatives: []
            """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("x.yaml:3:8: /title: ");
            assertThat(p.message()).contains("alias", "*m");
        });
    }

    @Test
    void anAmountWithAHugeExponentIsRefusedQuicklyWithAShortMessage() {
        List<InputProblem> problems = yamlProblems("""
            format: atelier-portfolio/1
            municipality: {name: Voorbeeld, cbsCode: GM9999}
            initiatives:
              - {id: a, title: t, applicant: {kind: organisation, name: n, organisationKind: foundation}, requestedAmount: 1e999999999}
            """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/initiatives/0/requestedAmount");
            assertThat(p.message()).contains("too large").hasSizeLessThan(200);
        });
    }

    @Test
    void aPortfolioPathMayNotLeaveTheRoundFilesFolder(@TempDir Path directory) throws IOException {
        Path inside = Files.createDirectories(directory.resolve("round"));
        Files.writeString(directory.resolve("portfolio.yaml"), PORTFOLIO);
        for (String path : List.of("../portfolio.yaml", directory.resolve("portfolio.yaml").toString(), "a/../../portfolio.yaml")) {
            Path round = Files.writeString(inside.resolve("round.yaml"), "format: atelier-round/1\nportfolio: \"" + path + "\"\n");
            assertThat(RoundFileReader.read(round).getLeft())
                .as(path)
                .anySatisfy(p -> {
                    assertThat(p.path()).isEqualTo("/portfolio");
                    assertThat(p.message()).contains("inside the round file's folder");
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
            assertThat(RoundFileReader.read(round).getLeft()).as(path)
                .anySatisfy(p -> assertThat(p.toString()).endsWith("/portfolio: a portfolio path must stay inside the round file's "
                    + "folder (such as portfolio-2016.yaml or portfolios/2016.yaml), not '" + path + "': it is a link to a file outside that folder"))
                .allSatisfy(p -> assertThat(p.message()).doesNotContain("geheim", "wachtwoord", secret.toString()));
        }
    }

    @Test
    void aPortfolioLinkWithinTheFolderIsFollowed(@TempDir Path directory) throws IOException {
        Path inside = Files.createDirectories(directory.resolve("round"));
        Files.writeString(inside.resolve("echt.yaml"), PORTFOLIO);
        Files.createSymbolicLink(inside.resolve("portfolio.yaml"), inside.resolve("echt.yaml"));
        Path round = Files.writeString(inside.resolve("round.yaml"), "format: atelier-round/1\nportfolio: portfolio.yaml\n");
        assertThat(RoundFileReader.read(round).getLeft()).noneSatisfy(p -> assertThat(p.path()).isEqualTo("/portfolio"));
    }

    @Test
    void aPipeOrADeviceIsNotReadAsAFile(@TempDir Path directory) throws Exception {
        assertThat(LocatedDocument.read(Path.of("/dev/zero"), ReadLimits.DEFAULT).getLeft()).singleElement()
            .satisfies(p -> assertThat(p.toString()).isEqualTo("/dev/zero: not a regular file (a pipe, a device or a socket), so it is "
                + "not read; give a file"));
        Path fifo = directory.resolve("fifo.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
            "mkfifo is available");
        assertThat(LocatedDocument.read(fifo, ReadLimits.DEFAULT).getLeft()).singleElement()
            .satisfies(p -> assertThat(p.message()).startsWith("not a regular file"));
    }

    @Test
    void aListElementThatIsNotAnObjectIsOneProblemNotOnePerMissingField() {
        List<InputProblem> problems = yamlProblems("""
            format: atelier-portfolio/1
            municipality: {name: Voorbeeld, cbsCode: GM9999}
            initiatives: [null, 5, []]
            """);
        assertThat(problems).extracting(InputProblem::path).containsExactly("/initiatives/0", "/initiatives/1", "/initiatives/2");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("expected an object"));
    }

    @Test
    void aYamlSyntaxErrorSaysWhatIsWrongNotOnlyWhatTheParserWasDoing() {
        List<InputProblem> problems = yamlProblems("format: atelier-portfolio/1\nmunicipality:\n\tname: x\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("x.yaml:3:1: "));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
            .isEqualTo("not valid YAML: a tab here; YAML indents with spaces, not tabs"));
    }

    @Test
    void anUnknownFieldWithASlashInItsNameIsLocatedAtItself() {
        List<InputProblem> problems = yamlProblems(PORTFOLIO + "\"a/b\": 1\n");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.toString()).startsWith("x.yaml:4:8: /a~1b: unknown field 'a/b'"));
    }
}
