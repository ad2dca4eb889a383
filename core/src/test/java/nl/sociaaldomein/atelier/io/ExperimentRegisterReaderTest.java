package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import org.junit.jupiter.api.Test;

class ExperimentRegisterReaderTest {

    private static final String HEAD = "source: {file: memo.txt, quote: \"Stand van zaken\"}\n"
        + "reportDate: 12-9-2018\nyearColumns: [2017, 2018]\nexperiments:\n";

    private final ExperimentRegisterReader reader = new ExperimentRegisterReader(
        ExperimentNumbering.anyOf(ExperimentNumbering.plain(")"), ExperimentNumbering.yearBased()),
        OutcomeVocabulary.oostGelre2018());

    private List<String> problems(String yaml) {
        return reader.read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems().stream()
            .map((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).toList();
    }

    @Test
    void readsARowKeepingThePublishedTexts() {
        ExperimentRegister register = reader.read("r.json", ("{\"source\": {\"file\": \"memo.txt\", \"quote\": \"q\"},"
            + "\"reportDate\": \"12-9-2018\", \"yearColumns\": [2017, 2018], \"experiments\": [{\"number\": \"17-18\","
            + "\"name\": \"Dienstverlening backoffice\", \"years\": [2017, 2018], \"start\": \"1-10-2017\","
            + "\"end\": \"Maart 2018\", \"outcome\": \"Nee, beëindigd\"}]}").getBytes(StandardCharsets.UTF_8), InputFormat.JSON).orElseThrow();
        Experiment e = register.experiments().get(0);
        assertThat(e.number()).isEqualTo(new ExperimentNumber.YearBased(2017, 18));
        assertThat(e.plannedEnd()).isEqualTo(PartialDate.ofMonth(2018, 3));
        assertThat(e.published().orElseThrow().end()).isEqualTo("Maart 2018");
        assertThat(e.state()).isEqualTo(ExperimentState.STOPPED);
        assertThat(e.actualEnd()).contains(PartialDate.ofMonth(2018, 3));
        assertThat(register.reportDate()).contains(LocalDate.of(2018, 9, 12));
    }

    @Test
    void reportsEveryProblemWithItsPlace() {
        assertThat(problems(HEAD
            + "  - {number: \"1)\", name: A, years: [2016], start: 31-2-2017, end: \"\", outcome: Loopt}\n"
            + "  - {number: \"1\", name: B, start: 1-1-2017, end: 2018, outcome: Lopt}\n"
            + "  - {number: \"14/3\", name: C, start: 1-1-2017, end: 2018, outcome: Loopt, statuss: x}\n"
            + "  - {number: \"2)\", name: D, start: 1-1-2017, end: 2018, outcome: \"Ja, opgesplitst: - X: loopt\",\n"
            + "     successors: [{name: X, outcome: \"loopt, wordt verlengd\"}]}\n"
            + "  - {number: \"3)\", name: E, start: 1-1-2017, end: 2018, outcome: Loopt, successors: []}\n")).containsExactly(
            "r.yaml:5:37: /experiments/0/years/0: expected one of the table's years [2017, 2018], found 2016",
            "r.yaml:5:51: /experiments/0/start: impossible date '31-2-2017': there is no such day in the calendar",
            "r.yaml:6:65: /experiments/1/outcome: unknown outcome 'Lopt' (did you mean 'loopt'?); known: in opbouw/uitvoering, "
                + "ja, afgerond, ja, opgesplitst, ja, regulier ingezet, ja, wordt omgezet naar regulier, loopt, "
                + "loopt (wordt verlengd), loopt, wordt verlengd, nee, beëindigd, regulier ingezet",
            "r.yaml:7:14: /experiments/2/number: '14/3' is not a number of the form 1, 2, … (or 1), 2), …) or yy-n (e.g. 14-3)",
            "r.yaml:7:84: /experiments/2/statuss: unknown field 'statuss' (known fields: number, name, years, start, end, "
                + "outcome, successors, owner, goal, funding, policyPlan, kpis, indicators, reviews)",
            "r.yaml:9:18: /experiments/3/successors: a split outcome needs at least two successors, found 1",
            "r.yaml:10:85: /experiments/4/successors: successors belong to a split outcome ('Ja, opgesplitst: …')",
            "r.yaml:6:14: /experiments/1/number: number '1' appears twice (first at /experiments/0)");
    }

    @Test
    void refusesAMissingSourceAndReportDate() {
        assertThat(problems("yearColumns: [2018]\nexperiments: []\n")).containsExactly(
            "r.yaml:1:1: /source: required field 'source' is missing",
            "r.yaml:1:1: /reportDate: required field 'reportDate' is missing");
    }
}
