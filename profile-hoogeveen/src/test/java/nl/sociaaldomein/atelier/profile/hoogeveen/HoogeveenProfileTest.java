package nl.sociaaldomein.atelier.profile.hoogeveen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ReportingMoment;
import nl.sociaaldomein.atelier.profile.Thresholds;
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
    void initiativesAreTestedAgainstPolicyGoalsAndTheThreeThemes() {
        assertThat(HoogeveenCriteria.CRITERIA).extracting(Criterion::id)
            .containsExactly("policy-goals", "self-reliance", "care-collaboration", "prevention");
        assertThat(HoogeveenCriteria.CRITERIA).filteredOn(c -> c.kind() == Criterion.Kind.REQUIREMENT)
            .extracting(Criterion::id).containsExactly("policy-goals");
        assertThat(HoogeveenSupport.ONE_OFF).isTrue();
    }
}
