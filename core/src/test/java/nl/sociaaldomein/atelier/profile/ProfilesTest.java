package nl.sociaaldomein.atelier.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import java.util.Set;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void listsEveryProfileOnTheClasspathById() {
        assertThat(Profiles.available()).containsExactly("contradictory", "incomplete", "sample", "twin");
    }

    @Test
    void anUnknownIdFailsListingTheAvailableIds() {
        assertThatThrownBy(() -> Profiles.load("atlantis"))
            .isInstanceOf(UnknownProfileException.class)
            .hasMessage("no municipality profile with id 'atlantis'; available: contradictory, incomplete, sample, twin");
    }

    @Test
    void twoProfilesWithOneIdFailNamingBothClasses() {
        assertThatThrownBy(() -> Profiles.load("twin"))
            .isInstanceOf(DuplicateProfileException.class)
            .hasMessageContaining("profile id 'twin' is claimed by 2 classes: ")
            .hasMessageContaining(TestProfiles.TwinOne.class.getName())
            .hasMessageContaining(TestProfiles.TwinTwo.class.getName());
    }

    @Test
    void aLoadedProfileHasItsMunicipalityThresholdsAndCalendar() {
        Injector injector = Profiles.load("sample");

        assertThat(injector.getInstance(MunicipalityProfile.class)).isInstanceOf(TestProfiles.Sample.class);
        assertThat(injector.getInstance(Municipality.class)).isEqualTo(Municipality.of("Testdorp", "GM9999"));
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(10_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ofEuros(500));
        assertThat(thresholds.reserveForPending()).isTrue();
        assertThat(thresholds.reserveForLaterPercent()).isZero();
        assertThat(injector.getInstance(PlanningCalendar.class)).isSameAs(TestProfiles.YEARLY);
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<com.fasterxml.jackson.databind.Module>>() { })))
            .isEmpty();
    }

    @Test
    void overridesReplaceOnlyTheValuesTheyName() {
        Thresholds thresholds = Profiles.load("sample",
                ThresholdOverrides.of(Map.of(ThresholdKey.MAX_PER_INITIATIVE, "12500")))
            .getInstance(Thresholds.class);

        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(12_500));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ofEuros(500));
    }

    @Test
    void anOverrideThatBreaksTheThresholdsIsRefusedWithItsOrigin() {
        ThresholdOverrides overrides = ThresholdOverrides.located(Map.of(ThresholdKey.MIN_PER_INITIATIVE, "20000"),
            Map.of(ThresholdKey.MIN_PER_INITIATIVE, "sample-2027.yaml:3:23"));

        assertThatThrownBy(() -> Profiles.load("sample", overrides))
            .isInstanceOf(InvalidThresholdsException.class)
            .hasMessage("the thresholds of profile 'sample' are not valid:\n"
                + "  thresholds.min-per-initiative: must not be more than max-per-initiative (10000), is 20000"
                + " (overridden at sample-2027.yaml:3:23)");
    }

    @Test
    void aProfileThatBindsTooLittleFailsNamingWhatIsMissing() {
        assertThatThrownBy(() -> Profiles.load("incomplete"))
            .isInstanceOf(IncompleteProfileException.class)
            .hasMessageContaining("profile 'incomplete' does not bind: ")
            .hasMessageContaining(PlanningCalendar.class.getName());
    }

    @Test
    void contradictoryThresholdsFailNamingEveryKey() {
        assertThatThrownBy(() -> Profiles.load("contradictory"))
            .isInstanceOf(InvalidThresholdsException.class)
            .satisfies(e -> assertThat(((InvalidThresholdsException) e).problems()).containsExactly(
                "thresholds.reserve-for-later-percent: expected a whole percentage from 0 to 100, found '150'",
                "thresholds.min-per-initiative: must not be more than max-per-initiative (1000), is 5000"));
    }
}
