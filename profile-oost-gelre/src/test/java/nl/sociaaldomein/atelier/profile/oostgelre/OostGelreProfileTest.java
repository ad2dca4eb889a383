package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
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
    void everyOutcomeCellOfTheMemoIsAWordOfTheBoundVocabulary() {
        List<String> cells = List.of(
            "Ja, opgesplitst: - Buurtsportcoaches: regulier ingezet - Zelfsturende professionals SWOIJ: loopt, wordt verlengd.",
            "Loopt (Wordt verlengd)", "Nee, beëindigd", "Ja, regulier ingezet", "Ja, regulier ingezet", "Loopt", "Loopt",
            "Loopt", "Loopt (Wordt verlengd)", "Loopt", "Nee, beëindigd", "Ja, wordt omgezet naar regulier",
            "In opbouw/uitvoering", "In opbouw/uitvoering", "Ja, afgerond", "Ja, regulier ingezet", "Ja, regulier ingezet",
            "Ja, afgerond", "Nee, beëindigd");
        OutcomeVocabulary vocabulary = injector.getInstance(OutcomeVocabulary.class);
        assertThat(cells).hasSize(19);
        assertThat(cells).allSatisfy(cell -> assertThat(vocabulary.stateOf(cell)).as(cell).isPresent());
        assertThat(vocabulary.stateOf("Loopt (Wordt verlengd)")).hasValue(ExperimentState.EXTENDED);
        assertThat(vocabulary.stateOf("Loopt")).hasValue(ExperimentState.RUNNING);
        assertThat(vocabulary.stateOf(cells.get(0))).hasValue(ExperimentState.SPLIT);
        assertThat(vocabulary.stateOf("Misschien")).isEmpty();
    }

    @Test
    void numbersAreEitherPlainOrYearBased() {
        ExperimentNumbering numbering = injector.getInstance(ExperimentNumbering.class);
        assertThat(numbering.parse("1)").orElseThrow()).isEqualTo(new ExperimentNumber.Plain(1));
        assertThat(numbering.parse("14-3").orElseThrow()).isEqualTo(new ExperimentNumber.YearBased(2014, 3));
        assertThat(numbering.isValid("14/3")).isFalse();
    }

    @Test
    void reviewsEveryQuarterWithAGraceOfOneMonth() {
        ReviewCadence cadence = injector.getInstance(ReviewCadence.class);
        assertThat(cadence.grace()).isEqualTo(Period.ofMonths(1));
        assertThat(cadence.dueDates(LocalDate.of(2018, 1, 15), Optional.empty(), LocalDate.of(2018, 9, 12)))
            .containsExactly(LocalDate.of(2018, 3, 31), LocalDate.of(2018, 6, 30));
    }

    @Test
    void thePolicyPlanWasAdoptedIn2014AndRenewedIn2017() {
        PolicyPlan plan = injector.getInstance(PolicyPlan.class);
        assertThat(plan.name()).isEqualTo("Samen, voor elkaar");
        assertThat(plan.adopted()).isEqualTo(PartialDate.ofYear(2014));
        assertThat(plan.renewed()).containsExactly(PartialDate.ofYear(2017));
    }

    @Test
    void bindsItsThreeReportFormats() {
        Map<String, ReportFormat> formats = GeneralFormats.ownFormats(
            injector.getInstance(Key.get(new TypeLiteral<Map<String, ReportFormat>>() { })));
        assertThat(formats).containsOnlyKeys("status-table", "quarterly-reviews", "data-quality");
        formats.forEach((id, format) -> assertThat(format.id()).isEqualTo(id));
        assertThat(formats.get("status-table").description(Locale.ENGLISH)).startsWith("The experiments");
    }
}
