package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.Thresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader answers with the library's {@link Problem}: a documented code, kind INVALID, its
 * place in the file (file, line, column, JSON path) and its message in Dutch and in English. One
 * example per reader shows both wordings at their place; a table of broken files shows that every
 * problem they give has a code from {@link FileProblem#CODES} and two different, non-empty texts.
 */
class ReaderProblemsInTwoLanguagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final String PORTFOLIO = """
        format: atelier-portfolio/1
        municipality: {name: Voorbeeld, cbsCode: GM9999}
        initiatives:
          - id: a
            title: Tuin
            applicant: {kind: natural-person, name: P}
            requestedAmount: -5
        """;

    private static final String REGISTER = "source: {file: memo.txt, quote: \"Stand van zaken\"}\n"
        + "reportDate: 12-9-2018\nyearColumns: [2017, 2018]\nexperiments:\n"
        + "  - {number: '1)', name: N, years: [2017], start: '2017', end: '', outcome: Lopt}\n";

    private static final ExperimentRegisterReader REGISTER_READER = new ExperimentRegisterReader(
        ExperimentNumbering.anyOf(ExperimentNumbering.plain(")"), ExperimentNumbering.yearBased()), OutcomeVocabulary.oostGelre2018());

    private static final Thresholds PROFILE = Thresholds.of(Map.of("max-per-initiative", "25000", "min-per-initiative", "1000"));

    @Test
    void thePortfolioReaderSaysWhatIsWrongInDutchAndEnglishAtItsPlace() {
        Problem problem = single(portfolio("p.yaml", PORTFOLIO));

        assertThat(problem.code()).isEqualTo("input.amount-invalid");
        assertThat(problem.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(problem.place()).isEqualTo(Place.inFile("p.yaml", 7, 22, "/initiatives/0/requestedAmount"));
        assertThat(problem.message(DUTCH)).isEqualTo("het bedrag mag niet negatief zijn: -5");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("amount must not be negative: -5");
        assertThat(FileProblem.describe(problem, DUTCH))
            .isEqualTo("p.yaml:7:22: /initiatives/0/requestedAmount: het bedrag mag niet negatief zijn: -5");
    }

    @Test
    void aMalformedCodeIsToldInDutchWithoutQuotingAnEnglishRule() {
        Problem problem = single(portfolio("p.yaml", PORTFOLIO.replace("requestedAmount: -5", "legalFrameworks: [Participatiewet]")));

        assertThat(problem.code()).isEqualTo("input.code-invalid");
        assertThat(problem.place()).isEqualTo(Place.inFile("p.yaml", 7, 23, "/initiatives/0/legalFrameworks/0"));
        assertThat(problem.message(DUTCH)).isEqualTo("een wettelijk kader bestaat uit kleine letters en cijfers, als woorden "
            + "verbonden door koppeltekens (bijv. wmo-2015), niet 'Participatiewet'");
        assertThat(problem.message(Locale.ENGLISH))
            .isEqualTo("a legal framework must be lower-case words joined by hyphens (e.g. wmo-2015), not 'Participatiewet'");
    }

    @Test
    void theLocatedDocumentPlacesASyntaxMistakeInBothLanguages() {
        Problem problem = single(LocatedDocument.parse("x.yaml", "format: atelier-portfolio/1\ntitle Tuin\nmore: 1\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML, ReadLimits.DEFAULT));

        assertThat(problem.code()).isEqualTo("input.syntax");
        assertThat(problem.place().file()).contains("x.yaml");
        assertThat(problem.place().line()).isEqualTo(2);
        assertThat(problem.message(DUTCH)).startsWith("geen geldige YAML: ");
        assertThat(problem.message(Locale.ENGLISH)).startsWith("not valid YAML: ");
    }

    @Test
    void theRoundFileReaderNamesAnUnknownPotInBothLanguages() {
        String round = """
            format: atelier-round/1
            portfolio: {municipality: {name: Voorbeeld, cbsCode: GM9999}, initiatives: []}
            budget: {pots: [{id: wmo, name: Wmo, ceiling: 1000, period: 2016}]}
            call:
              id: c
              name: C
              pot: jeugd
              framework: k
              phases: [{phase: decisions, start: 01-01-2016, end: 31-03-2016}]
              maximumAmount: 500
            """;
        Problem problem = single(RoundFileReader.read("r.yaml", round.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty()));

        assertThat(problem.code()).isEqualTo("input.reference-unknown");
        assertThat(problem.place()).isEqualTo(Place.inFile("r.yaml", 7, 8, "/call/pot"));
        assertThat(problem.message(DUTCH)).isEqualTo("geen pot 'jeugd' in het budget (potten: wmo)");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("no pot 'jeugd' in the budget (pots: wmo)");
    }

    @Test
    void theRegisterReaderSuggestsTheOutcomeInBothLanguages() {
        Problem problem = single(REGISTER_READER.read("r.yaml", REGISTER.getBytes(StandardCharsets.UTF_8), InputFormat.YAML));

        assertThat(problem.code()).isEqualTo("input.unknown-value");
        assertThat(problem.place().line()).isEqualTo(5);
        assertThat(problem.place().path()).isEqualTo("/experiments/0/outcome");
        assertThat(problem.message(DUTCH)).startsWith("onbekende uitkomst 'Lopt' (bedoelt u ");
        assertThat(problem.message(Locale.ENGLISH)).startsWith("unknown outcome 'Lopt' (did you mean ");
    }

    @Test
    void theThresholdOverrideFileNamesTheOtherProfileInBothLanguages() {
        Problem problem = single(ThresholdOverrideFile.parse("t.yaml", "profile: ander\nthresholds:\n  max-per-initiative: 30000\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML, "sample", PROFILE));

        assertThat(problem.code()).isEqualTo("input.inconsistent");
        assertThat(problem.place()).isEqualTo(Place.inFile("t.yaml", 1, 10, "/profile"));
        assertThat(problem.message(DUTCH)).isEqualTo("dit bestand is voor profiel 'ander', niet voor 'sample'");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("this file is for profile 'ander', not 'sample'");
    }

    @Test
    void aFileThatIsNotThereIsSaidInBothLanguages(@TempDir Path dir) {
        Problem problem = single(PortfolioReader.read(dir.resolve("weg.yaml")));

        assertThat(problem.code()).isEqualTo("input.file-unreadable");
        assertThat(problem.message(DUTCH)).isEqualTo("bestand niet gevonden");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("file not found");
    }

    @Test
    void theCountOfProblemsLeftOutIsSaidInBothLanguages() {
        StringBuilder file = new StringBuilder("format: atelier-portfolio/1\nmunicipality: {name: X, cbsCode: GM9999}\ninitiatives: []\n");
        for (int i = 0; i < 1_005; i++) {
            file.append("unknown").append(i).append(": 1\n");
        }
        List<Problem> problems = portfolio("veel.yaml", file.toString()).problems();
        Problem last = problems.get(problems.size() - 1);

        assertThat(last.code()).isEqualTo("input.more-not-listed");
        assertThat(last.message(DUTCH)).isEqualTo("… en nog 5 problemen die niet zijn opgesomd");
        assertThat(last.message(Locale.ENGLISH)).isEqualTo("… and 5 more problems not listed");
        assertThat(FileProblem.total(problems)).isEqualTo(1_005);
    }

    /** Broken files of every kind a reader meets: each of their problems is checked. */
    static Stream<String> brokenPortfolios() {
        return Stream.of(
            "",
            "format: atelier-portfolio/1\ntitle Tuin\n",
            "{\"format\": \"atelier-portfolio/1\", }",
            "[1, 2]",
            "format: atelier-portfolio/9\nmunicipality: {name: X, cbsCode: XX14}\ninitiatives: []\nextra: 1\n",
            "format: atelier-portfolio/1\nmunicipality: {name: X}\ninitiatives:\n  - {id: a, title: T, applicant: {kind: robot}}\n",
            "format: atelier-portfolio/1\nmunicipality: {name: X, cbsCode: GM9999}\ninitiatives:\n"
                + "  - {id: a, title: '', applicant: {kind: natural-person, name: P}, requestedAmount: 0x10}\n"
                + "  - {id: a, title: T, applicant: {kind: natural-person, name: P}, requestedAmount: 1.001, submissionDate: 31-02-2016}\n",
            "format: atelier-portfolio/1\nformat: atelier-portfolio/1\nmunicipality: &m {name: X, cbsCode: GM9999}\ninitiatives: !!java.lang.Object []\n",
            "format: atelier-portfolio/1\nmunicipality: {name: X, cbsCode: GM9999}\nperiod: {start: 31-12-2016, end: 01-01-2016}\n"
                + "initiatives: [{id: a, title: T, applicant: {kind: organisation, name: S, organisationKind: Stichting!}, legalFrameworks: [wmo], "
                + "requestedAmount: 99999999999999999999}]\n",
            "format: atelier-portfolio/1\n---\nformat: atelier-portfolio/1\n",
            "format: atelier-portfolio/1\ntitle: \"\u0007\"\nmunicipality: {name: X, cbsCode: GM9999}\ninitiatives: [{id: a, title: T, applicant: 5}]\n");
    }

    @ParameterizedTest
    @MethodSource("brokenPortfolios")
    void everyProblemOfABrokenPortfolioHasADocumentedCodeAndTwoWordings(String text) {
        List<Problem> problems = new ArrayList<>(portfolio("p.yaml", text).problems());
        problems.addAll(portfolio("p.json", text).problems());
        assertThat(problems).isNotEmpty();
        problems.forEach(ReaderProblemsInTwoLanguagesTest::assertBilingualAndCoded);
    }

    @Test
    void everyProblemOfTheOtherReadersHasADocumentedCodeAndTwoWordings(@TempDir Path dir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(REGISTER_READER.read("r.yaml", (REGISTER + "  - {number: '1)', name: M, years: [2019], start: 31-02-2017, "
            + "outcome: Loopt, successors: []}\n").getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems());
        problems.addAll(REGISTER_READER.read("r.yaml", "source: 5\nreportDate: gisteren\nyearColumns: [1800, x]\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems());
        problems.addAll(ThresholdOverrideFile.parse("t.yaml", "profile: sample\nthresholds:\n  max-per-initiatve: 1\n  min-per-initiative: -1\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML, "sample", PROFILE).problems());
        problems.addAll(ThresholdOverrideFile.parse("t.yaml", "profile: sample\nthresholds:\n  min-per-initiative: 90000\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML, "sample", PROFILE).problems());
        problems.addAll(ThresholdOverrideFile.parse("t.yaml", "profile: sample\nthresholds: {}\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML, "sample", PROFILE).problems());
        String round = """
            format: atelier-round/1
            portfolio: ../elders.yaml
            budget: {pots: [{id: wmo, name: Wmo, ceiling: 1000, period: 2017-2016}, {id: wmo, name: W, ceiling: 10, period: 2016}]}
            call:
              id: c
              name: C
              pot: wmo
              framework: k
              phases: [{phase: decisions, start: 31-03-2016, end: 01-01-2016}]
              maximumAmount: 500
              minimumAmount: 900
            scores: [{assessor: x, initiative: nope, criterion: c, score: 3}]
            decisions: {date: 31-03-2016, decidedBy: {nl: college}, outcomes: [{initiative: nope, decision: granted, amount: 5, pot: jeugd}]}
            """;
        Path file = Files.writeString(dir.resolve("ronde.yaml"), round);
        problems.addAll(RoundFileReader.read(file).problems());
        problems.addAll(RoundFileReader.read("r.yaml", round.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty()).problems());
        problems.addAll(LocatedDocument.readBytes(dir, ReadLimits.DEFAULT).problems());
        problems.addAll(LocatedDocument.parse("b.json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}, InputFormat.JSON,
            ReadLimits.DEFAULT).problems());

        assertThat(problems).hasSizeGreaterThan(10);
        problems.forEach(ReaderProblemsInTwoLanguagesTest::assertBilingualAndCoded);
    }

    private static void assertBilingualAndCoded(Problem problem) {
        assertThat(problem.kind()).as("%s", problem).isEqualTo(ProblemKind.INVALID);
        assertThat(FileProblem.CODES.contains(problem.code()) || problem.code().startsWith("call."))
            .as("%s has a documented code", problem).isTrue();
        assertThat(problem.place().file()).as("%s names its file", problem).isPresent();
        String nl = problem.message(DUTCH);
        String en = problem.message(Locale.ENGLISH);
        assertThat(nl).as("%s", problem).isNotBlank();
        assertThat(en).as("%s", problem).isNotBlank();
        assertThat(nl).as("the Dutch and English wordings of %s differ", problem).isNotEqualTo(en);
    }

    private static Result<nl.sociaaldomein.atelier.initiative.Portfolio> portfolio(String name, String text) {
        return PortfolioReader.read(name, text.getBytes(StandardCharsets.UTF_8), InputFormat.forFile(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Problem single(Result<?> result) {
        assertThat(result.problems()).as("problems of %s", result).hasSize(1);
        return result.problems().get(0);
    }
}
