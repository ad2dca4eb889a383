package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Ended;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.experiment.Transition;
import org.junit.jupiter.api.Test;

/**
 * The register of the memo "Experimenten Sociaal Domein" of 12 september 2018
 * (004_09d1d1def8e42fc5.txt), loaded from experiments-2018.yaml, against the table as published.
 */
class OostGelreExperimentRegisterTest {

    /** The 19 rows of the source, tab-separated as received: number, name, 2014..2018, start, end, outcome. */
    private static final String TABLE = """
        1)\tZelfsturende professionals\tx\tx\tx\t\t\t1-4-2015\t31-12-2018\tJa, opgesplitst: - Buurtsportcoaches: regulier ingezet - Zelfsturende professionals SWOIJ: loopt, wordt verlengd.
        2)\tVerminderen inzet ambulante uren (Estinea Borchuus)\t\t\t\t\tx\t14-9-2017\t30-9-2018\tLoopt (Wordt verlengd)
        3)\tWisseldoorstartwoning (Wonion)\tx\tx\tx\tx\tx\t1-1-2016\t31-12-2017\tNee, beëindigd
        4)\tVerplaatsbare mantelzorgwoning\tx\tx\tx\tx\tx\t1-7-2015\t31-7-2017\tJa, regulier ingezet
        5)\tDe ontmoeting\tx\tx\tx\tx\t\t1-1-2015\t31-12-2017\tJa, regulier ingezet
        6)\tFormulierenhulp\tx\tx\tx\tx\tx\t1-4-2015\t31-12-2018\tLoopt
        7)\tSOH praktijkondersteuning\t\tx\tx\tx\tx\t1-10-2015\t1-7-2018\tLoopt
        8)\tFeedback op leveranties\t\t\t\tx\tx\t1-6-2017\t31-12-2018\tLoopt
        9)\tMinimanna markt\t\t\t\tx\tx\t1-5-2017\t1-5-2018\tLoopt (Wordt verlengd)
        10)\tStreetball\t\t\t\tx\tx\t1-7-2017\t31-12-2019\tLoopt
        13)\tDigitale mantelzorgondersteuning\t\tx\tx\t\t\t6-10-2015\t31-12-2016\tNee, beëindigd
        14)\tJeugdteam Helpgewoon\tx\tx\tx\tx\tx\t1-1-2015\t31-12-2018\tJa, wordt omgezet naar regulier
        15)\tKinderkamp plus\t\t\t\t\tx\t1-4-2018\t\tIn opbouw/uitvoering
        16)\tOIJVizier – Wat is er te doen?\t\t\t\t\tx\t1-7-2018\t\tIn opbouw/uitvoering
        14-3\tWijknetwerk Silvolde\tx\tx\tx\t\t\t4-2-2015\t2016\tJa, afgerond
        14-4\tDe Verenigers\tx\tx\tx\tx\t\t1-1-2015\t31-12-2017\tJa, regulier ingezet
        14-10\tAanspreekpunt (Consulenten)\tx\tx\tx\t\t\t2-9-2014\t31-12-2015\tJa, regulier ingezet
        16-14\tZlim thuis tablet\t\t\tx\tx\t\t7-6-2016\t2016\tJa, afgerond
        17-18\tDienstverlening backoffice\t\t\t\tx\tx\t1-10-2017\tMaart 2018\tNee, beëindigd
        """;

    private static final LocalDate MEMO = LocalDate.of(2018, 9, 12);

    private static final ExperimentRegister REGISTER = load();

    static ExperimentRegister load() {
        return OostGelreExperiments.register2018()
            .orElseThrow();
    }

    private static List<String> numbers(List<Experiment> experiments) {
        return experiments.stream().map(e -> e.published().get().number()).toList();
    }

    @Test
    void theNineteenRowsLoadExactlyAsPublished() {
        List<String[]> source = TABLE.lines().map(line -> line.split("\t", -1)).toList();
        assertThat(REGISTER.experiments()).hasSize(19);
        assertThat(REGISTER.yearColumns()).containsExactly(2014, 2015, 2016, 2017, 2018);
        assertThat(REGISTER.source().file()).isEqualTo("004_09d1d1def8e42fc5.txt");
        for (int i = 0; i < 19; i++) {
            String[] cells = source.get(i);
            Experiment e = REGISTER.experiments().get(i);
            PublishedRow row = e.published().get();
            List<Integer> marked = new ArrayList<>();
            IntStream.range(0, 5).filter(c -> cells[2 + c].equals("x")).forEach(c -> marked.add(2014 + c));
            assertThat(List.of(row.number(), e.name(), row.yearsMarked(), row.start(), row.end(), row.outcome()))
                .as("row " + cells[0])
                .containsExactly(cells[0], cells[1], marked, cells[7], cells[8], cells[9]);
            assertThat(e.policyPlan().get().name()).isEqualTo("Samen, voor elkaar");
        }
        // 11) and 12) are absent in the source; the gap is kept.
        assertThat(REGISTER.find(new ExperimentNumber.Plain(11))).isEmpty();
        assertThat(REGISTER.find(new ExperimentNumber.Plain(12))).isEmpty();
        assertThat(REGISTER.find(new ExperimentNumber.YearBased(2017, 18)).get().plannedEnd())
            .isEqualTo(PartialDate.ofMonth(2018, 3));
        assertThat(REGISTER.find(new ExperimentNumber.YearBased(2014, 3)).get().plannedEnd()).isEqualTo(PartialDate.ofYear(2016));
        assertThat(REGISTER.find(new ExperimentNumber.Plain(15)).get().plannedEnd().isKnown()).isFalse();
    }

    @Test
    void theViewOnTheMemosDateMatchesTheOutcomeColumn() {
        Map<ExperimentNumber, ExperimentState> states = REGISTER.statesOn(MEMO);
        assertThat(states.values()).containsExactly(
            ExperimentState.SPLIT,            // 1) Ja, opgesplitst
            ExperimentState.EXTENDED,         // 2) Loopt (Wordt verlengd)
            ExperimentState.STOPPED,          // 3) Nee, beëindigd
            ExperimentState.MADE_REGULAR,     // 4) Ja, regulier ingezet
            ExperimentState.MADE_REGULAR,     // 5) Ja, regulier ingezet
            ExperimentState.RUNNING,          // 6) Loopt
            ExperimentState.RUNNING,          // 7) Loopt
            ExperimentState.RUNNING,          // 8) Loopt
            ExperimentState.EXTENDED,         // 9) Loopt (Wordt verlengd)
            ExperimentState.RUNNING,          // 10) Loopt
            ExperimentState.STOPPED,          // 13) Nee, beëindigd
            ExperimentState.BECOMING_REGULAR, // 14) Ja, wordt omgezet naar regulier
            ExperimentState.IN_PREPARATION,   // 15) In opbouw/uitvoering
            ExperimentState.IN_PREPARATION,   // 16) In opbouw/uitvoering
            ExperimentState.COMPLETED,        // 14-3 Ja, afgerond
            ExperimentState.MADE_REGULAR,     // 14-4 Ja, regulier ingezet
            ExperimentState.MADE_REGULAR,     // 14-10 Ja, regulier ingezet
            ExperimentState.COMPLETED,        // 16-14 Ja, afgerond
            ExperimentState.STOPPED);         // 17-18 Nee, beëindigd
        Transition.Split split = (Transition.Split) REGISTER.experiments().get(0).lifecycle().ending().get().transition();
        assertThat(split.successors()).extracting(Successor::name, s -> s.lifecycle().state(), s -> s.publishedOutcome().get())
            .containsExactly(tuple("Buurtsportcoaches", ExperimentState.MADE_REGULAR, "regulier ingezet"),
                tuple("Zelfsturende professionals SWOIJ", ExperimentState.EXTENDED, "loopt, wordt verlengd"));
    }

    @Test
    void runningAndEndedOnTheMemosDate() {
        assertThat(numbers(REGISTER.runningOn(MEMO))).containsExactly("2)", "6)", "7)", "8)", "9)", "10)", "14)");
        assertThat(REGISTER.endedBy(MEMO)).extracting(e -> e.experiment().published().get().number(), Ended::how,
            e -> e.on().toString()).containsExactly(
            tuple("1)", ExperimentState.SPLIT, "12-9-2018"),
            tuple("3)", ExperimentState.STOPPED, "31-12-2017"),
            tuple("4)", ExperimentState.MADE_REGULAR, "31-7-2017"),
            tuple("5)", ExperimentState.MADE_REGULAR, "31-12-2017"),
            tuple("13)", ExperimentState.STOPPED, "31-12-2016"),
            tuple("14-3", ExperimentState.COMPLETED, "2016"),
            tuple("14-4", ExperimentState.MADE_REGULAR, "31-12-2017"),
            tuple("14-10", ExperimentState.MADE_REGULAR, "31-12-2015"),
            tuple("16-14", ExperimentState.COMPLETED, "2016"),
            tuple("17-18", ExperimentState.STOPPED, "maart 2018"));
        // A year earlier 17-18 had just started, and 3), 5) and 14-4 ran until the end of 2017.
        assertThat(numbers(REGISTER.runningOn(LocalDate.of(2017, 10, 1))))
            .containsExactly("1)", "2)", "3)", "5)", "6)", "7)", "8)", "9)", "10)", "14)", "14-4", "17-18");
    }

    @Test
    void quarterlyReviewsWithoutReportsOnFileAreAllOverdue() {
        // The register holds no quarterly reports, so every quarter end since 2)'s start is unmet.
        List<ReviewDue> due = REGISTER.reviewsDue(MEMO, OostGelreExperiments.CADENCE);
        assertThat(due.stream().filter(r -> r.experiment().published().get().number().equals("2)")))
            .extracting(ReviewDue::dueOn, ReviewDue::status).containsExactly(
                tuple(LocalDate.of(2017, 9, 30), ReviewDue.Status.OVERDUE),
                tuple(LocalDate.of(2017, 12, 31), ReviewDue.Status.OVERDUE),
                tuple(LocalDate.of(2018, 3, 31), ReviewDue.Status.OVERDUE),
                tuple(LocalDate.of(2018, 6, 30), ReviewDue.Status.OVERDUE));
    }
}
