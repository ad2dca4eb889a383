package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import org.junit.jupiter.api.Test;

/** Register values of the wrong kind found in review: each is a problem with its place, never read as something else. */
class HostileRegisterTest {

    private final ExperimentRegisterReader reader = new ExperimentRegisterReader(ExperimentNumbering.plain(")"),
        OutcomeVocabulary.oostGelre2018());

    private List<String> problems(String yaml) {
        return reader.read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems().stream()
            .map((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).toList();
    }

    @Test
    void aRenewalThatIsNotADateIsAProblemNotAnUnknownDate() {
        assertThat(problems("""
            source: {file: memo.txt, quote: q}
            reportDate: 12-9-2018
            policyPlan: {name: Plan, renewed: [{year: 2016}, [2017]]}
            experiments: []
            """)).containsExactly(
            "r.yaml:3:36: /policyPlan/renewed/0: expected a date such as 30-06-2016, found an object",
            "r.yaml:3:50: /policyPlan/renewed/1: expected a date such as 30-06-2016, found a list");
    }

    @Test
    void yearsMarkedInARegisterWithoutYearColumnsSayThatTheColumnsAreMissing() {
        assertThat(problems("""
            source: {file: memo.txt, quote: q}
            reportDate: 12-9-2018
            experiments:
              - {number: "1)", name: A, years: [2016], start: 1-1-2016, end: 2018, outcome: Loopt}
            """)).containsExactly(
            "r.yaml:4:37: /experiments/0/years/0: the register has no 'yearColumns', so a row cannot mark a year (found 2016)");
    }

    @Test
    void aYearBeyondAnIntIsNotReadAsTheYearItsLowBitsSpell() {
        // 4294969312 is 2^32 + 2016: cut to an int it would be 2016, one of the columns.
        assertThat(problems("""
            source: {file: memo.txt, quote: q}
            reportDate: 12-9-2018
            yearColumns: [2016]
            experiments:
              - {number: "1)", name: A, years: [4294969312], start: 1-1-2016, end: 2018, outcome: Loopt}
            """)).containsExactly(
            "r.yaml:5:37: /experiments/0/years/0: expected one of the table's years [2016], found 4294969312");
    }
}
