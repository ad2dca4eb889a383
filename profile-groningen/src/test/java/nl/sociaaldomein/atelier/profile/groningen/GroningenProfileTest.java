package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.CriterionKind;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;

class GroningenProfileTest {

    private final Injector injector = Profiles.load("groningen");

    @Test
    void loadsByIdThroughServiceLoader() {
        assertThat(Profiles.find("groningen")).isInstanceOf(GroningenProfile.class);
        assertThat(injector.getInstance(Municipality.class)).isEqualTo(Municipality.of("Groningen", "GM0014"));
    }

    @Test
    void thresholdsReserveForThePendingInitiativeAndForLaterIdeas() {
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(250_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ZERO);
        assertThat(thresholds.reserveForPending()).isTrue();
        assertThat(thresholds.reserveForLaterPercent()).isEqualTo(10);
        // The 2016 round granted € 887.685 of € 1.000.000 ("ruim € 112.000" left): within a 10 % reservation.
        assertThat(Money.ofEuros(887_685).times(100))
            .isLessThanOrEqualTo(Money.ofEuros(1_000_000).times(100 - thresholds.reserveForLaterPercent()));
    }

    @Test
    void reportsInTheHalfYearReportTheAnnualAccountsAndAYearEndLetter() {
        PlanningCalendar calendar = injector.getInstance(PlanningCalendar.class);
        assertThat(calendar.moments()).extracting(ReportingMoment::id)
            .containsExactly("half-year-report", "annual-accounts", "year-end-progress-letter");
        assertThat(calendar.moments()).extracting(ReportingMoment::recipient).containsOnly(ReportingMoment.Recipient.COUNCIL);
        assertThat(calendar.dueIn(2016)).hasSize(4);
    }

    @Test
    void budgetTreeIsTheThreeMillionProgrammeWithThreePotsOfOneMillion() {
        BudgetTree tree = injector.getInstance(BudgetTree.class);
        assertThat(tree.pot("innovatie-2016").orElseThrow().ceiling()).isEqualTo(Money.ofEuros(3_000_000));
        assertThat(tree.children("innovatie-2016")).extracting(Pot::id).containsExactly("wmo-2016", "beschermd-wonen-2016", "jeugd-2016");
        assertThat(tree.children("innovatie-2016")).extracting(Pot::ceiling).containsOnly(Money.ofEuros(1_000_000));
    }

    @Test
    void criteriaAreTheFiveOfTheInnovatieatelierAndTheThreeOfTheAfwegingskader() {
        Map<String, CriteriaFramework> frameworks = injector.getInstance(Key.get(new TypeLiteral<Map<String, CriteriaFramework>>() { }));
        assertThat(frameworks).containsOnlyKeys("innovatieatelier-2016", "afwegingskader-2017");
        assertThat(frameworks.get("innovatieatelier-2016").criteria()).extracting(Criterion::id).containsExactly(
            "care-innovation", "care-substitution", "care-efficiency-or-quality", "right-to-challenge", "self-and-mutual-reliance");
        assertThat(frameworks.get("afwegingskader-2017").criteria()).extracting(Criterion::id)
            .containsExactly("care-substitution", "innovated-care-quality", "needed-in-neighbourhood");
        assertThat(frameworks.get("afwegingskader-2017").criteria().get(2).kind()).isEqualTo(CriterionKind.KNOCK_OUT);
        assertThat(GroningenFrameworks.frameworkFor2017Project(true)).isEmpty();
        assertThat(GroningenFrameworks.frameworkFor2017Project(false)).hasValue(GroningenFrameworks.AFWEGINGSKADER_2017);
    }

    @Test
    void theCollegeDecidesAndReportFormatsAreBoundByName() {
        assertThat(injector.getInstance(AllocationPolicy.class).id()).isEqualTo("committee");
        Map<String, ReportFormat> formats = injector.getInstance(Key.get(new TypeLiteral<Map<String, ReportFormat>>() { }));
        assertThat(formats).containsKeys("grants-annex", "round-summary");
        assertThat(formats.get("grants-annex").description(Locale.ENGLISH)).contains("annex");
    }
}
