package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** The example files in docs/examples are read as they are published. */
class PortfolioExamplesTest {

    private static final Path EXAMPLES = Path.of("../docs/examples");

    @Test
    void theGroningenExampleReadsAndAddsUpToTheAnnexTotal() {
        Portfolio portfolio = PortfolioReader.read(EXAMPLES.resolve("portfolio-groningen-2016.yaml")).orElseThrow();

        assertThat(portfolio.municipality().cbsCode().value()).isEqualTo("GM0014");
        assertThat(portfolio.initiatives()).hasSize(19);
        // 000_54832993d59957fc.txt, annex: the 19 grants total "€ 887.685".
        Money total = Money.sum(portfolio.initiatives().stream().map(i -> i.requestedAmount().orElseThrow()).toList());
        assertThat(total).isEqualTo(Money.ofEuros(887_685));
        assertThat(portfolio.initiatives().stream().filter(i -> i.applicant().isNaturalPerson()).map(Initiative::id))
            .hasSize(8);
    }

    @Test
    void theBrokenExampleListsEveryProblem() throws IOException {
        Path broken = EXAMPLES.resolve("portfolio-broken.yaml");
        List<String> problems = PortfolioReader.read(broken).problems().stream()
            .map((Problem p) -> FileProblem.describe(p, Locale.ENGLISH))
            .map(problem -> problem.substring(broken.toString().length() + 1))
            .toList();

        assertThat(problems).containsExactly(
            "4:9: /format: unknown format 'atelier-portfolio/2'; this version of Atelier reads atelier-portfolio/1",
            "7:12: /municipality/cbsCode: a CBS code is GM followed by four digits (e.g. GM0014 for Groningen), not 'GM14'",
            "9:9: /sourse: unknown field 'sourse'; did you mean 'source'? (known fields: format, municipality, title, source, period, initiatives)",
            "12:8: /period/end: the period ends on 1-1-2016, before it starts on 31-12-2016",
            "17:13: /initiatives/0/applicant/kind: unknown value 'organization' (did you mean 'organisation'?); allowed: natural-person, organisation, unknown",
            "20:22: /initiatives/0/requestedAmount: amount must not be negative: -5",
            "26:25: /initiatives/1/applicant/organisationKind: an organisation kind must be lower-case words joined by hyphens (e.g. care-provider), not 'Stichting'",
            "27:22: /initiatives/1/requestedAmount: amount has a fraction of a cent: 25000.005",
            "33:22: /initiatives/2/requestedAmount: amount is too large: 999999999999999999",
            "34:9: /initiatives/3/id: initiative id 'gr2016-03' is used twice: here and at /initiatives/2/id (line 28)",
            "40:21: /initiatives/3/submissionDate: impossible date '31-02-2016': there is no such day in the calendar",
            "41:5: /initiatives/4/title: required field 'title' is missing",
            "52:22: /initiatives/5/requestedAmount: not an amount in euros: '€ 250.000' (expected a number such as 887685 or 12000.50)",
            "53:21: /initiatives/5/submissionDate: not a date: '30/06/2016' (expected a full date such as 30-06-2016 or 2016-06-30)",
            "59:23: /initiatives/6/requestedAmmount: unknown field 'requestedAmmount'; did you mean 'requestedAmount'? (known fields: id, title, description, applicant, requestedAmount, themes, targetGroups, legalFrameworks, neighbourhood, intakeChannel, submissionDate, note)",
            "61:7: /initiatives/6/themes: expected a text or a list of texts, found an object",
            "69:33: /initiatives/7/legalFrameworks/1: a legal framework must be lower-case words joined by hyphens (e.g. wmo-2015), not 'Participatiewet'");
        // docs/portfolio-format.md shows this very listing, as read from the repository root.
        String documented = Files.readString(Path.of("../docs/portfolio-format.md"));
        assertThat(problems).allSatisfy(problem ->
            assertThat(documented).contains("docs/examples/portfolio-broken.yaml:" + problem + "\n"));
    }
}
