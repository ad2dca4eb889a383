package nl.sociaaldomein.atelier.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.time.Period;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.ProRataPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;

/** Every key of the contract can be injected, whatever a profile leaves out; a profile's choice wins. */
class LibraryDefaultsTest {

    @Test
    void aProfileThatBindsOnlyWhatIsRequiredStillHasEveryKeyOfTheContract() {
        Injector injector = Profiles.load(new TestProfiles.Sample(), ThresholdOverrides.none());

        assertThat(injector.getInstance(ReviewCadence.class)).isSameAs(LibraryDefaultsModule.REVIEW_CADENCE);
        assertThat(injector.getInstance(ExperimentNumbering.class)).isSameAs(LibraryDefaultsModule.EXPERIMENT_NUMBERING);
        assertThat(injector.getInstance(ProfileContract.optional(AllocationPolicy.class))).isEmpty();
        assertThat(injector.getInstance(ProfileContract.optional(CriteriaFramework.class))).isEmpty();
        assertThat(injector.getInstance(ProfileContract.named(CriteriaFramework.class))).isEmpty();
        // A profile that adds no formats of its own still has the library's general ones.
        assertThat(injector.getInstance(ProfileContract.named(ReportFormat.class)).keySet())
            .containsExactlyInAnyOrderElementsOf(GeneralFormats.all().stream().map(ReportFormat::id).toList());
        for (Key<?> key : ProfileContract.defaultedKeys()) {
            assertThat(injector.getExistingBinding(key)).as(key.toString()).isNotNull();
        }
        for (Key<?> key : ProfileContract.optionalKeys()) {
            assertThat(injector.getExistingBinding(key)).as(key.toString()).isNotNull();
        }
    }

    @Test
    void aProfilesChoiceReplacesTheLibraryDefaultAndFillsTheOptionalOnes() {
        ReviewCadence quarterly = ReviewCadence.quarterly(Period.ofWeeks(2));
        AllocationPolicy proRata = new ProRataPolicy();
        Injector injector = Profiles.load(new TestProfiles.Base("choosy") {
            @Override
            protected void configure() {
                ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(1_000));
                bind(PlanningCalendar.class).toInstance(TestProfiles.YEARLY);
                ProfileBindings.choose(binder(), ReviewCadence.class).toInstance(quarterly);
                ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(proRata);
            }
        }, ThresholdOverrides.none());

        assertThat(injector.getInstance(ReviewCadence.class)).isSameAs(quarterly);
        assertThat(injector.getInstance(ProfileContract.optional(AllocationPolicy.class))).isEqualTo(Optional.of(proRata));
        assertThat(injector.getInstance(AllocationPolicy.class)).isSameAs(proRata);
    }

    @Test
    void bindingADefaultedServiceDirectlyInsteadOfChoosingItFailsAtLoad() {
        assertThatThrownBy(() -> Profiles.load(new TestProfiles.Base("direct") {
            @Override
            protected void configure() {
                ProfileBindings.threshold(binder(), ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(1_000));
                bind(PlanningCalendar.class).toInstance(TestProfiles.YEARLY);
                bind(ReviewCadence.class).toInstance(ReviewCadence.quarterly(Period.ZERO));
            }
        }, ThresholdOverrides.none())).isInstanceOf(CreationException.class)
            .hasMessageContaining(ReviewCadence.class.getName());
    }
}
