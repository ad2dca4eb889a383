package nl.sociaaldomein.atelier.profile.hoogeveen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.Thresholds;
import java.time.Period;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.CriterionKind;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;

class HoogeveenProfileTest {

    private final Injector injector = Profiles.load("hoogeveen");

    @Test
    void loadsByIdThroughServiceLoader() {
        assertThat(Profiles.find("hoogeveen")).isInstanceOf(HoogeveenProfile.class);
        assertThat(injector.getInstance(Municipality.class)).isEqualTo(Municipality.of("Hoogeveen", "GM0118"));
    }

    @Test
    void theMaximumPerInitiativeIsTheDocumentedAssumption() {
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(25_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ZERO);
        assertThat(thresholds.reserveForPending()).isFalse();
        assertThat(injector.getInstance(PlanningCalendar.class).moments()).extracting(ReportingMoment::id)
            .containsExactly("annual-accounts");
    }

    @Test
    void initiativesAreTestedAgainstPolicyGoalsAndScoredOnTheThreeThemes() {
        CriteriaFramework framework = injector.getInstance(ProfileContract.named(CriteriaFramework.class))
            .get(HoogeveenCriteria.FRAMEWORK_ID);

        assertThat(framework.criteria()).extracting(Criterion::id)
            .containsExactly("amount-within-limits", "policy-goals", "self-reliance", "care-collaboration", "prevention");
        assertThat(framework.criteria()).filteredOn(c -> c.kind() == CriterionKind.KNOCK_OUT).extracting(Criterion::id)
            .containsExactly("amount-within-limits", "policy-goals");
        assertThat(framework.criteria()).filteredOn(c -> c.kind() == CriterionKind.SCORED)
            .allSatisfy(c -> assertThat(c.scale().max()).isEqualTo(10)).extracting(Criterion::weight).containsOnly(1);
        assertThat(framework.minimumTotal()).isEqualTo(10);
    }

    @Test
    void bindsTheOneOffRankedPolicyTwoReportFormatsAndTheLibraryDefaults() {
        assertThat(injector.getInstance(ProfileContract.optional(AllocationPolicy.class))).get()
            .isInstanceOf(OneOffRankedPolicy.class).extracting(AllocationPolicy::id).isEqualTo("one-off-ranked");
        assertThat(GeneralFormats.ownFormats(injector.getInstance(ProfileContract.named(ReportFormat.class))))
            .containsOnlyKeys("innovation-agenda", "funding-overview");
        assertThat(injector.getInstance(ReviewCadence.class).grace()).isEqualTo(Period.ofMonths(1));
        assertThat(injector.getInstance(ExperimentNumbering.class).isValid("3")).isTrue();
    }
}
