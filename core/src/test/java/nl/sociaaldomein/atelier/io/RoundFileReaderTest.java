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
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small round file in JSON with its portfolio in a separate file; and what a wrong path or in-memory read says. */
class RoundFileReaderTest {

    private static final String PORTFOLIO = """
        format: atelier-portfolio/1
        municipality: {name: Voorbeeld, cbsCode: GM9999}
        initiatives:
          - {id: a, title: Buurtkeuken, applicant: {kind: organisation, name: Stichting Buurt, organisationKind: foundation}, requestedAmount: 5000}
          - {id: b, title: Moestuin, applicant: {kind: natural-person, name: "[naam]"}}
        """;

    private static final String ROUND = """
        {
          "format": "atelier-round/1",
          "portfolio": "portfolio.yaml",
          "budget": {"pots": [
            {"id": "programma", "name": "Programma", "ceiling": 100000, "period": "2016-2017"},
            {"id": "wmo", "name": "Wmo", "ceiling": 60000, "period": 2016, "parent": "programma"},
            {"id": "jeugd", "name": "Jeugd", "ceiling": 40000, "period": 2016, "parent": "programma"}]},
          "call": {"id": "ronde-1", "name": "Ronde 1", "pot": "wmo", "framework": "kader", "maximumAmount": "10000.50",
                   "phases": [{"phase": "decisions", "start": "2016-01-01", "end": "2016-03-31"}]},
          "decisions": {"date": "31-03-2016", "decidedBy": {"nl": "college"},
            "outcomes": [
              {"initiative": "a", "decision": "granted", "funding": [{"pot": "wmo", "amount": 3000}, {"pot": "jeugd", "amount": 2000}],
               "conditions": ["verslag na een jaar"]},
              {"initiative": "b", "decision": "in-kind", "support": "een ruimte en keuken"}],
            "reservations": [{"id": "later", "amount": 1000, "purpose": "later in het jaar"}]}
        }
        """;

    @Test
    void readsARoundWhosePortfolioIsAFileNextToIt(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("portfolio.yaml"), PORTFOLIO);
        Path round = Files.writeString(directory.resolve("round.json"), ROUND);

        RoundPlan plan = RoundFileReader.read(round).orElseThrow();

        assertThat(plan.portfolio().initiatives()).hasSize(2);
        assertThat(plan.budget().pot("programma").orElseThrow().period().lastYear()).isEqualTo(2017);
        assertThat(plan.call().maximumAmount()).isEqualTo(Money.ofCents(1_000_050));
        assertThat(plan.frameworkId()).isEqualTo("kader");
        assertThat(plan.decisionDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2016-03-31"));
        PlannedDecision.Granted granted = (PlannedDecision.Granted) plan.committee().orElseThrow().decisions().get(0);
        assertThat(granted.amounts()).containsEntry("wmo", Money.ofEuros(3000)).containsEntry("jeugd", Money.ofEuros(2000));
        assertThat(plan.committee().orElseThrow().reservations().get(0).potId()).as("defaults to the call's pot").isEqualTo("wmo");
        assertThat(plan.committee().orElseThrow().decidedBy().en()).as("English falls back to Dutch").isEqualTo("college");
    }

    @Test
    void aMissingPortfolioFileAndAnInMemoryPathAreReportedAtThePortfolioField(@TempDir Path directory) throws IOException {
        Path round = Files.writeString(directory.resolve("round.json"), ROUND);
        List<Problem> problems = RoundFileReader.read(round).problems();
        assertThat(problems).anySatisfy(p -> assertThat(FileProblem.describe(p, Locale.ENGLISH)).contains("/portfolio", "portfolio.yaml", "file not found"));

        List<Problem> inMemory = RoundFileReader.read("round.json", ROUND.getBytes(StandardCharsets.UTF_8), InputFormat.JSON,
            Optional.empty()).problems();
        assertThat(inMemory).anySatisfy(p -> assertThat(p.message(Locale.ENGLISH)).contains("give the portfolio inline"));
    }

    @Test
    void aGrantWithBothAnAmountAndFundingOrANegativeReservationIsRefused() {
        String yaml = ROUND.replace("\"funding\":", "\"amount\": 5, \"funding\":").replace("\"amount\": 1000,", "\"amount\": 0,");
        List<Problem> problems = RoundFileReader.read("round.json", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.JSON,
            Optional.empty()).problems();
        assertThat(problems).extracting((Problem p) -> p.place().path()).contains("/decisions/outcomes/0/amount", "/decisions/reservations/0/amount");
        assertThat(problems).extracting((Problem p) -> p.message(Locale.ENGLISH)).contains("must be more than € 0");
    }
}
