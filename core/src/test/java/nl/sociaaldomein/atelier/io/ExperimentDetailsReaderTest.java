package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import org.junit.jupiter.api.Test;

/** The register file's optional per-experiment parts: KPIs, indicators, reviews, owner and own policy plan. */
class ExperimentDetailsReaderTest {

    private static final String HEAD = "source: {file: brief.txt, quote: \"Ondernemend Zuid\"}\n"
        + "reportDate: 31-3-2017\nyearColumns: [2016, 2017]\n"
        + "policyPlan: {name: Meedoen, adopted: \"2016\"}\nexperiments:\n";

    private final ExperimentRegisterReader reader = new ExperimentRegisterReader(
        ExperimentNumbering.plain("."), OutcomeVocabulary.of(java.util.Map.of("Loopt", ExperimentState.RUNNING)));

    private Experiment readOne(String row) {
        return reader.read("p.yaml", (HEAD + row).getBytes(StandardCharsets.UTF_8), InputFormat.YAML)
            .orElseThrow().experiments().get(0);
    }

    private List<String> problems(String rows) {
        return reader.read("p.yaml", (HEAD + rows).getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems().stream()
            .map((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).toList();
    }

    @Test
    void readsKpisWithMeasurementsIndicatorsReviewsOwnerAndOwnPlan() {
        Experiment e = readOne("""
              - number: "1."
                name: Ondernemend Zuid
                start: November 2016
                end: November 2017
                outcome: Loopt
                owner: Ondernemend Zuid
                goal: wijkbewoners mee laten doen
                policyPlan: {name: Innovatieatelier Sociaal Domein, adopted: "2016"}
                kpis:
                  - name: mensen in beeld
                    target: 80
                    periodStart: November 2016
                    deadline: November 2017
                    measurements: [{date: januari 2017, value: 14, note: eerste drie maanden}]
                  - {name: werkplekken, target: 40, periodStart: November 2016, deadline: November 2017}
                indicators:
                  - name: deelnemerstevredenheid
                    observations: [{date: januari 2017, text: tevreden, score: 4, scale: 5}]
                reviews:
                  - {date: 31-1-2017, verdict: adjust, reason: instroom is een aandachtspunt, by: college}
                  - {date: 28-2-2017, verdict: extend, reason: langer nodig, newEnd: Mei 2018}
            """);
        assertThat(e.owner()).contains("Ondernemend Zuid");
        assertThat(e.goal()).contains("wijkbewoners mee laten doen");
        assertThat(e.policyPlan().map(PolicyPlan::name)).contains("Innovatieatelier Sociaal Domein");
        Kpi people = e.kpis().get(0);
        assertThat(people.measurements()).containsExactly(
            new Measurement(PartialDate.ofMonth(2017, 1), 14, Optional.of("eerste drie maanden")));
        assertThat(people.onTrack().verdict()).isEqualTo(OnTrack.Verdict.BEHIND);
        assertThat(e.kpis().get(1).onTrack().verdict()).isEqualTo(OnTrack.Verdict.NOT_MEASURED);
        assertThat(e.indicators()).extracting(QualitativeIndicator::name).containsExactly("deelnemerstevredenheid");
        assertThat(e.indicators().get(0).observations().get(0).score()).contains(4);
        assertThat(e.reviews()).extracting(Review::on, Review::verdict, Review::newEnd).containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2017, 1, 31), ReviewVerdict.ADJUST, Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2017, 2, 28), ReviewVerdict.EXTEND,
                Optional.of(PartialDate.ofMonth(2018, 5))));
        // The state comes from the outcome text; recorded reviews are history, not applied again.
        assertThat(e.state()).isEqualTo(ExperimentState.RUNNING);
    }

    @Test
    void withoutAnOwnPlanARowServesTheRegistersPlan() {
        Experiment e = readOne("  - {number: \"2.\", name: B, start: \"2016\", end: \"\", outcome: Loopt}\n");
        assertThat(e.policyPlan().map(PolicyPlan::name)).contains("Meedoen");
        assertThat(e.kpis()).isEmpty();
        assertThat(e.reviews()).isEmpty();
    }

    @Test
    void reportsEveryProblemInTheNewPartsWithItsPlace() {
        assertThat(problems("""
              - number: "1."
                name: A
                start: "2016"
                end: "2017"
                outcome: Loopt
                kpis:
                  - {name: matches, target: 0, periodStart: November 2016, deadline: November 2017}
                  - {name: werkplekken, target: 40, periodStart: "", deadline: November 2017}
                  - {name: late, target: 5, periodStart: November 2017, deadline: November 2016}
                  - name: mensen
                    target: 80
                    periodStart: November 2016
                    deadline: November 2017
                    measurements: [{date: mei 2017, value: -1}, {value: 3}]
                indicators: [{name: tevredenheid, observations: [{date: "2017", text: goed, score: 6, scale: 5}]}]
                reviews:
                  - {date: "2017", verdict: stopp, reason: x}
                  - {date: 1-2-2017, verdict: continue, reason: y, newEnd: "2018"}
                  - {date: 1-5-2017, verdict: stop}
            """)).containsExactly(
            "p.yaml:12:33: /experiments/0/kpis/0/target: a target must be a positive whole number, not 0",
            "p.yaml:13:54: /experiments/0/kpis/1/periodStart: needs a date such as 30-11-2017, 'November 2017' or '2017'",
            "p.yaml:14:9: /experiments/0/kpis/2: KPI late: the deadline november 2016 is before the start november 2017",
            "p.yaml:19:31: /experiments/0/kpis/3/measurements/0/date: a measurement dated after the register's report date 2017-03-31",
            "p.yaml:19:48: /experiments/0/kpis/3/measurements/0/value: a measured count must not be negative: -1",
            "p.yaml:19:53: /experiments/0/kpis/3/measurements/1/date: required field 'date' is missing",
            "p.yaml:20:54: /experiments/0/indicators/0/observations/0: score 6 is not on a scale of 1 to 5",
            "p.yaml:22:16: /experiments/0/reviews/0/date: '2017' is a year, not a day: give a full date such as 30-06-2016 or 2016-06-30",
            "p.yaml:22:33: /experiments/0/reviews/0/verdict: unknown value 'stopp' (did you mean 'stop'?); allowed: "
                + "continue, adjust, extend, make-regular, stop",
            "p.yaml:23:64: /experiments/0/reviews/1/newEnd: a new end date belongs to an 'extend' verdict, not 'continue'",
            "p.yaml:24:9: /experiments/0/reviews/2/reason: required field 'reason' is missing",
            "p.yaml:24:16: /experiments/0/reviews/2/date: a review dated after the register's report date 2017-03-31");
    }
}
