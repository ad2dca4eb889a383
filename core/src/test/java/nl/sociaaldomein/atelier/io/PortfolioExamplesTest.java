package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

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
        Portfolio portfolio = PortfolioReader.read(EXAMPLES.resolve("portfolio-groningen-2016.yaml")).get();

        assertThat(portfolio.municipality().cbsCode().value()).isEqualTo("GM0014");
        assertThat(portfolio.initiatives()).hasSize(19);
        // 000_54832993d59957fc.txt, annex: the 19 grants total "€ 887.685".
        Money total = Money.sum(portfolio.initiatives().stream().map(i -> i.requestedAmount().orElseThrow()).toList());
        assertThat(total).isEqualTo(Money.ofEuros(887_685));
        assertThat(portfolio.initiatives().stream().filter(i -> i.applicant().isNaturalPerson()).map(Initiative::id))
            .hasSize(8);
    }

    @Test
    void theBrokenExampleListsEveryProblem() {
        List<String> problems = PortfolioReader.read(EXAMPLES.resolve("portfolio-broken.yaml")).getLeft()
            .stream().map(InputProblem::toString).toList();
        problems.forEach(System.out::println);

        String file = EXAMPLES.resolve("portfolio-broken.yaml").toString();
        assertThat(problems).containsExactly(
            file + ":4:9: /format: unknown format 'atelier-portfolio/2'; this version of Atelier reads atelier-portfolio/1");
    }
}
