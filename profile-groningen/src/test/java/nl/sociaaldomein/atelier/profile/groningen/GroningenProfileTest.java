package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.Label;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.Thresholds;
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
            .isLessThanOrEqualTo(GroningenBudget.WMO_INITIATIVES.ceiling().times(100 - thresholds.reserveForLaterPercent()));
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
    void threePotsOfOneMillionMakeTheThreeMillionInnovationBudget() {
        assertThat(GroningenBudget.POTS).extracting(Pot::ceiling).containsOnly(Money.ofEuros(1_000_000));
        assertThat(Money.sum(GroningenBudget.POTS.stream().map(Pot::ceiling).toList())).isEqualTo(GroningenBudget.TOTAL);
    }

    @Test
    void criteriaAreTheFiveOfTheInnovatieatelierAndTheThreeOfTheAfwegingskader() {
        assertThat(GroningenCriteria.INNOVATIEATELIER_2016.criteria()).extracting(Criterion::id).containsExactly(
            "care-innovation", "care-substitution", "care-efficiency-or-quality", "right-to-challenge",
            "self-and-mutual-reliance");
        assertThat(GroningenCriteria.AFWEGINGSKADER_2017.criteria()).extracting(Criterion::id)
            .containsExactly("care-substitution", "innovated-care-quality", "needed-in-neighbourhood");
        assertThat(GroningenCriteria.frameworkFor2017Project(true)).isEmpty();
        assertThat(GroningenCriteria.frameworkFor2017Project(false)).hasValue(GroningenCriteria.AFWEGINGSKADER_2017);
    }

    @Test
    void theGrantsAnnexHasTheColumnsOfTheSource() {
        assertThat(GroningenReports.GRANTS_ANNEX.columns()).extracting(Label::nl)
            .containsExactly("Instantie", "naam pitch", "bedrag");
        assertThat(GroningenReports.FORMATS).extracting(ReportFormatData::id)
            .containsExactly("grants-annex", "round-summary", "half-year-progress");
    }
}
