package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.profile.Label;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import org.junit.jupiter.api.Test;

class OostGelreProfileTest {

    private final Injector injector = Profiles.load("oost-gelre");

    @Test
    void loadsByIdThroughServiceLoader() {
        assertThat(Profiles.find("oost-gelre")).isInstanceOf(OostGelreProfile.class);
        assertThat(injector.getInstance(Municipality.class)).isEqualTo(Municipality.of("Oost Gelre", "GM1586"));
    }

    @Test
    void reportsToTheCollegeEveryQuarter() {
        PlanningCalendar calendar = injector.getInstance(PlanningCalendar.class);
        assertThat(calendar.moments()).extracting(ReportingMoment::recipient).containsExactly(ReportingMoment.Recipient.EXECUTIVE);
        assertThat(calendar.dueIn(2018)).extracting(Map.Entry::getKey).containsExactly(
            LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 9, 30), LocalDate.of(2018, 12, 31));
    }

    @Test
    void everyOutcomeCellOfTheMemoIsAWordOfTheVocabulary() {
        List<String> cells = List.of(
            "Ja, opgesplitst: - Buurtsportcoaches: regulier ingezet - Zelfsturende professionals SWOIJ: loopt, wordt verlengd.",
            "Loopt (Wordt verlengd)", "Nee, beëindigd", "Ja, regulier ingezet", "Ja, regulier ingezet", "Loopt", "Loopt",
            "Loopt", "Loopt (Wordt verlengd)", "Loopt", "Nee, beëindigd", "Ja, wordt omgezet naar regulier",
            "In opbouw/uitvoering", "In opbouw/uitvoering", "Ja, afgerond", "Ja, regulier ingezet", "Ja, regulier ingezet",
            "Ja, afgerond", "Nee, beëindigd");
        assertThat(cells).hasSize(19);
        assertThat(cells).allSatisfy(cell -> assertThat(OostGelreVocabulary.outcomeOf(cell)).as(cell).isPresent());
        assertThat(OostGelreVocabulary.outcomeOf("Loopt (Wordt verlengd)").map(Outcome::code)).hasValue("extended");
        assertThat(OostGelreVocabulary.outcomeOf("Loopt").map(Outcome::code)).hasValue("running");
        assertThat(OostGelreVocabulary.outcomeOf(cells.get(0)).map(Outcome::code)).hasValue("split");
        assertThat(OostGelreVocabulary.outcomeOf("Misschien")).isEmpty();
    }

    @Test
    void thePolicyPlanWasAdoptedIn2014AndRenewedIn2017() {
        assertThat(PolicyPlan.SAMEN_VOOR_ELKAAR.adopted()).containsExactly(Year.of(2014), Year.of(2017));
    }

    @Test
    void theStatusTableHasAColumnPerYearOfTheGrid() {
        assertThat(OostGelreReports.statusTableColumns(OostGelreReports.FIRST_GRID_YEAR, OostGelreReports.LAST_GRID_YEAR))
            .extracting(Label::nl).containsExactly(
                "nr", "experiment", "2014", "2015", "2016", "2017", "2018", "startdatum", "einddatum", "succesvol");
    }
}
