package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.PlanningCalendar;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The conformance tests every municipality profile runs (after Micrometer's
 * {@code MeterRegistryCompatibilityKit}): extend this class and return the profile in one line.
 * What a profile must bind comes from {@link ProfileContract#requiredKeys()}, so the kit grows
 * with the contract without changes here. Whatever else a profile binds (criteria frameworks,
 * an allocation policy, report formats, a review cadence, a numbering) is checked by
 * {@link BoundServicesChecks}, which this class runs too.
 */
public abstract class ProfileConformanceKit extends BoundServicesChecks {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The profile under test, e.g. {@code return new GroningenProfile();}. */
    protected abstract MunicipalityProfile profile();

    /** The profile loaded as the library loads it (the object itself, so that the checks below test this class). */
    private Injector load() {
        return Profiles.load(profile(), ThresholdOverrides.none());
    }

    @Test
    void isFoundThroughServiceLoaderByItsId() {
        assertThat(Profiles.available()).as("profile ids on the classpath (is META-INF/services set up?)")
            .contains(profile().id());
        assertThat(Profiles.find(profile().id())).isExactlyInstanceOf(profile().getClass());
    }

    @Test
    void isAFinalClassWithAPublicNoArgumentConstructor() throws NoSuchMethodException {
        Class<?> type = profile().getClass();
        assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName() + " is final").isTrue();
        assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).as("public no-argument constructor").isTrue();
    }

    @Test
    void idIsLowerCaseWordsJoinedByHyphens() {
        assertThat(profile().id()).matches(KEBAB);
    }

    @Test
    void displayNameIsNotBlank() {
        assertThat(profile().displayName()).isNotNull().isNotBlank();
    }

    @Test
    void cbsCodeIsValid() {
        CbsCode code = profile().cbsCode();
        assertThat(code).isNotNull();
        assertThat(CbsCode.isValid(code.value())).isTrue();
    }

    @Test
    void defaultLocaleIsSet() {
        assertThat(profile().defaultLocale()).isNotNull();
        assertThat(profile().defaultLocale().getLanguage()).isNotEmpty();
    }

    @Test
    void injectorBuildsWithEveryRequiredBinding() {
        Injector injector = load();
        List<String> missing = new ArrayList<>();
        for (Key<?> key : ProfileContract.requiredKeys()) {
            if (injector.getExistingBinding(key) == null || injector.getInstance(key) == null) {
                missing.add(key.toString());
            }
        }
        assertThat(missing).as("required bindings missing").isEmpty();
    }

    @Test
    void municipalityIsTheProfilesOwn() {
        assertThat(load().getInstance(Municipality.class))
            .isEqualTo(Municipality.of(profile().displayName(), profile().cbsCode().value()));
    }

    @Test
    void thresholdsAreValidAndConsistent() {
        Thresholds thresholds = load().getInstance(Thresholds.class);
        assertThat(thresholds.validate()).isEmpty();
        assertThat(thresholds.minPerInitiative().isGreaterThan(thresholds.maxPerInitiative())).as("min > max").isFalse();
        assertThat(thresholds.maxPerInitiative().isPositive()).as("max > 0").isTrue();
        assertThat(thresholds.reserveForLaterPercent()).isBetween(0, 100);
    }

    @Test
    void thresholdsCanBeOverriddenWithoutCode() {
        Money raised = load().getInstance(Thresholds.class).maxPerInitiative().plus(Money.ofEuros(1));
        Thresholds overridden = Profiles.load(profile(),
                ThresholdOverrides.of(Map.of(ThresholdKey.MAX_PER_INITIATIVE, MoneyFormat.toPlain(raised))))
            .getInstance(Thresholds.class);
        assertThat(overridden.maxPerInitiative()).isEqualTo(raised);
    }

    @Test
    void planningCalendarHasReportingMoments() {
        PlanningCalendar calendar = load().getInstance(PlanningCalendar.class);
        assertThat(calendar.moments()).isNotEmpty();
        assertThat(calendar.moments()).allSatisfy(moment -> assertThat(moment.id()).matches(KEBAB));
    }

    @Test
    void everyDefaultedAndOptionalBindingCanBeInjected() {
        Injector injector = load();
        List<String> missing = new ArrayList<>();
        for (Key<?> key : concat(ProfileContract.defaultedKeys(), ProfileContract.optionalKeys())) {
            if (injector.getExistingBinding(key) == null || injector.getInstance(key) == null) {
                missing.add(key.toString());
            }
        }
        assertThat(missing).as("bindings the library should provide (bound directly instead of with ProfileBindings.choose?)")
            .isEmpty();
    }

    @Override
    Injector loaded() {
        return load();
    }

    private static List<Key<?>> concat(List<Key<?>> first, List<Key<?>> second) {
        List<Key<?>> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
