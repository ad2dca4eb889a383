package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import nl.sociaaldomein.atelier.io.support.ProblemCollector;

/**
 * What the schema validator finds is told in the project's own words, at the JSON path (and so the
 * line and column) it is about: never the validator's own wording, schema paths or keywords.
 */
class SchemaMessagesTest {

    private static final String PORTFOLIO_HEAD = "format: atelier-portfolio/1\nmunicipality: {name: Groningen, cbsCode: GM0014}\n";

    private static final String ROUND = """
        format: atelier-round/1
        portfolio:
          municipality: {name: Groningen, cbsCode: GM0014}
          initiatives:
            - {id: a, title: A, applicant: {kind: organisation, name: St A}}
            - {id: b, title: B, applicant: {kind: organisation, name: St B}}
        budget:
          pots: [{id: p, name: Pot, ceiling: 100000, period: 2016}]
        call: {id: c, name: C, pot: p, framework: f, maximumAmount: 50000}
        """;

    private static List<Problem> portfolioProblems(String initiatives) {
        String yaml = PORTFOLIO_HEAD + "initiatives:\n" + initiatives;
        return PortfolioReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems();
    }

    private static List<Problem> roundProblems(String more) {
        String yaml = ROUND + more;
        return RoundFileReader.read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty()).problems();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'  - {id: a, title: A, applicant: {kind: organisation, name: X}, titel: B}' | /initiatives/0/titel "
            + "| unknown field 'titel'; did you mean 'title'? (known fields: id, title, description, applicant, requestedAmount, "
            + "themes, targetGroups, legalFrameworks, neighbourhood, intakeChannel, submissionDate, note)",
        "'  - {id: a, applicant: {kind: organisation, name: X}}' | /initiatives/0/title | required field 'title' is missing",
        "'  - {id: a, title: [A], applicant: {kind: organisation, name: X}}' | /initiatives/0/title | expected a text, found a list",
        "'  - {id: a, title: \"  \", applicant: {kind: organisation, name: X}}' | /initiatives/0/title | must not be empty",
        "'  - {id: a, title: A, applicant: {kind: person, name: X}}' | /initiatives/0/applicant/kind "
            + "| unknown value 'person'; allowed: natural-person, organisation, unknown",
        "'  - {id: a, title: A, applicant: {kind: natural-person, name: X, organisationKind: church}}' "
            + "| /initiatives/0/applicant/organisationKind "
            + "| a natural person has no organisation kind; use kind: organisation, or leave organisationKind out",
        "'  - {id: a, title: A, applicant: {kind: unknown, name: X}}' | /initiatives/0/applicant/name "
            + "| an applicant of kind unknown has no name; give kind natural-person or organisation with its name, or leave 'name' out",
        "'  - {id: a, title: A, applicant: {kind: organisation}}' | /initiatives/0/applicant/name | required field 'name' is missing",
        "'  - {id: a, title: A, applicant: {kind: organisation, name: X}, requestedAmount: 10.001}' | /initiatives/0/requestedAmount "
            + "| amount has a fraction of a cent: 10.001",
        "'  - {id: a, title: A, applicant: {kind: organisation, name: X}, requestedAmount: [5]}' | /initiatives/0/requestedAmount "
            + "| expected an amount in euros such as 12000.50, found a list",
        "'  - {id: a, title: A, applicant: {kind: organisation, name: X}, submissionDate: 2016}' | /initiatives/0/submissionDate "
            + "| '2016' is a year, not a day",
        "'  - {id: a, title: A, applicant: {kind: organisation, name: X}, intakeChannel: Pitch}' | /initiatives/0/intakeChannel "
            + "| an intake channel must be lower-case words joined by hyphens (e.g. right-to-challenge), not 'Pitch'",
        "'  - {id: a, title: A, applicant: {kind: organisation, name: X}, themes: [ok, \"\"]}' | /initiatives/0/themes/1 "
            + "| expected a non-empty text, found the text ''",
        "'  - 5' | /initiatives/0 | expected an object (fields in braces or indented), found 5",
    })
    void portfolioFindingsAreWordedAndPlaced(String initiatives, String path, String message) {
        List<Problem> problems = portfolioProblems(initiatives + "\n");

        assertThat(problems).extracting((Problem p) -> p.place().path()).containsExactly(path);
        assertThat(problems.get(0).message(Locale.ENGLISH)).startsWith(message);
        assertThat(problems.get(0).place().line()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: granted}]}' "
            + "| /decisions/outcomes/0/amount | a grant needs either 'amount' (from one pot) or 'funding' (a list of {pot, amount}), not neither",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: granted, amount: 5, "
            + "funding: [{pot: p, amount: 5}]}]}' "
            + "| /decisions/outcomes/0/amount | a grant needs either 'amount' (from one pot) or 'funding' (a list of {pot, amount}), not both",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: granted, amount: 0}]}' "
            + "| /decisions/outcomes/0/amount | must be more than € 0",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: rejected, reasons: []}]}' "
            + "| /decisions/outcomes/0/reasons | a rejection needs at least one reason",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: rejected}]}' "
            + "| /decisions/outcomes/0/reasons | a rejection needs at least one reason",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: referred, support: x}]}' "
            + "| /decisions/outcomes/0/partner /decisions/outcomes/0/support | required field 'partner' is missing",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: granted, amount: 5, partner: x}]}' "
            + "| /decisions/outcomes/0/partner | unknown field 'partner' (known fields: decision, initiative, note, amount, pot, funding, conditions)",
        "'decisions: {date: 30-06-2016, decidedBy: {nl: college}, outcomes: [{initiative: a, decision: aproved}]}' "
            + "| /decisions/outcomes/0/decision | unknown value 'aproved'",
        "'scores: [{assessor: x, initiative: a, criterion: k, score: 99999999999}]' | /scores/0/score | score 99999999999 is out of range",
        "'scores: [{assessor: x, initiative: a, criterion: k, score: 7.5}]' | /scores/0/score | expected a whole number, found 7.5",
        "'provenance: [{of: budget}]' | /provenance/0 | a provenance entry has exactly one of 'bron' (file and quote), "
            + "'berekend' (how it is computed) or 'aanname' (why it is assumed); found 0",
    })
    void roundFindingsAreWordedAndPlaced(String more, String paths, String message) {
        List<Problem> problems = roundProblems(more + "\n");

        assertThat(problems).extracting((Problem p) -> p.place().path()).containsExactly(paths.split(" "));
        assertThat(problems.get(0).message(Locale.ENGLISH)).startsWith(message);
        assertThat(problems.get(0).place().line()).isGreaterThan(9);
    }

    @Test
    void theValidatorsOwnWordsNeverShow() {
        String yaml = """
            format: atelier-round/1
            portfolio: {municipality: {name: G}, initiatives: [{id: a, title: [A]}]}
            budgett: {pots: []}
            budget: {pots: []}
            call: 5
            scores: {a: 1}
            decisions: {date: 2016, outcomes: [7], decidedBy: {en: x}}
            provenance: [{of: call, bron: {file: f}, aanname: x}]
            """;
        List<Problem> problems = RoundFileReader.read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML,
            Optional.empty()).problems();

        assertThat(problems).hasSizeGreaterThan(5).allSatisfy(problem -> assertThat(problem.message(Locale.ENGLISH))
            .doesNotContain("$defs", "#/", "schema", "oneOf", "additionalProperties", "must be valid", "must have"));
    }

    @Test
    void aNullValueIsAFieldLeftOut() {
        String yaml = PORTFOLIO_HEAD + "title: ~\nperiod: null\ninitiatives:\n  - {id: a, title: A, note: ~, applicant: {kind: unknown}}\n";
        var read = PortfolioReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML);
        assertThat(read.isOk()).as("%s", read).isTrue();
        Portfolio portfolio = read.orElseThrow();
        assertThat(portfolio.title()).isEmpty();
        assertThat(portfolio.period()).isEmpty();

        List<Problem> problems = PortfolioReader.read("p.yaml", (PORTFOLIO_HEAD + "initiatives: null\n").getBytes(StandardCharsets.UTF_8),
            InputFormat.YAML).problems();
        assertThat(problems).extracting((Problem p) -> p.message(Locale.ENGLISH))
            .containsExactly("required field 'initiatives' is missing (an empty list [] is allowed)");
    }

    @Test
    void theLargestAmountAndEveryCentPassTheSchemaExactly() {
        String yaml = PORTFOLIO_HEAD + "initiatives:\n"
            + "  - {id: a, title: A, applicant: {kind: unknown}, requestedAmount: 92233720368547758.07}\n"
            + "  - {id: b, title: B, applicant: {kind: unknown}, requestedAmount: 0.07}\n"
            + "  - {id: c, title: C, applicant: {kind: unknown}, requestedAmount: \"12000.5\"}\n";
        // The three together overflow: the total is a located problem of its own, after the schema found none.
        List<Problem> problems = PortfolioReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems();
        assertThat(problems).extracting((Problem p) -> p.place().path()).containsExactly("/initiatives/1/requestedAmount");
        assertThat(problems.get(0).message(Locale.ENGLISH)).contains("add up to more than");

        Portfolio one = PortfolioReader.read("p.yaml", (PORTFOLIO_HEAD + "initiatives:\n"
            + "  - {id: a, title: A, applicant: {kind: unknown}, requestedAmount: 92233720368547758.07}\n")
            .getBytes(StandardCharsets.UTF_8), InputFormat.YAML).orElseThrow();
        assertThat(one.initiatives().get(0).requestedAmount()).contains(Money.MAX);
    }

    @Test
    void aNumberWithAnAbsurdExponentIsJudgedAsWrittenAndKeptAsWritten() {
        List<Problem> problems = portfolioProblems("  - {id: a, title: A, applicant: {kind: unknown}, requestedAmount: 1e999999999}\n");
        assertThat(problems).extracting((Problem p) -> p.message(Locale.ENGLISH)).containsExactly("amount is too large: 1E+999999999");

        String yaml = PORTFOLIO_HEAD + "initiatives:\n  - {id: a, title: 1e999999999, applicant: {kind: unknown}}\n";
        Portfolio portfolio = PortfolioReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).orElseThrow();
        assertThat(portfolio.initiatives().get(0).title()).isEqualToIgnoringCase("1E+999999999");
    }

    @Test
    void millionsOfMistakesKeepABoundedListAndCountTheRest() {
        int unknown = 20_000;
        StringBuilder yaml = new StringBuilder(PORTFOLIO_HEAD).append("initiatives: []\n");
        for (int i = 0; i < unknown; i++) {
            yaml.append("k").append(i).append(": 1\n");
        }
        List<Problem> problems = PortfolioReader.read("p.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), InputFormat.YAML)
            .problems();

        assertThat(problems).hasSize(ProblemCollector.KEPT + 1);
        assertThat(FileProblem.isOmittedCount(problems.get(problems.size() - 1))).isTrue();
        assertThat(FileProblem.total(problems)).isEqualTo(unknown);
        assertThat(FileProblem.describe(problems.get(0), Locale.ENGLISH)).isEqualTo("p.yaml:4:5: /k0: unknown field 'k0' "
            + "(known fields: format, municipality, title, source, period, initiatives)");
    }
}
