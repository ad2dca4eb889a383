package nl.sociaaldomein.atelier.profile.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import io.vavr.control.Either;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.ThresholdOverrideFile;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The conformance tests every municipality profile runs (after Micrometer's
 * {@code MeterRegistryCompatibilityKit}): extend this class and return the profile in one line.
 * What a profile must bind comes from {@link ProfileContract#requiredKeys()}, so the kit grows
 * with the contract without changes here. Whatever else a profile binds (criteria frameworks,
 * an allocation policy, report formats, a review cadence, a numbering) is checked by
 * {@link BoundServicesChecks}, and how it behaves on generated rounds by {@link BehaviourChecks},
 * both of which this class runs too.
 *
 * <p>The profile is constructed and loaded once per kit class. When that fails, one test,
 * {@code theProfileLoads}, fails with the reason in its first line (in English and Dutch); the
 * tests that need the loaded profile are skipped rather than failing for the same reason.
 */
public abstract class ProfileConformanceKit extends BehaviourChecks {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The outcome of constructing and loading the profile, once per kit class. */
    private static final Map<Class<?>, Loading> LOADINGS = new ConcurrentHashMap<>();

    /** The profile and its injector, or what failed: construction (no profile) or loading (no injector). */
    private record Loading(MunicipalityProfile profile, Injector injector, Throwable failure) {
    }

    /**
     * The profile under test, e.g. {@code return new GroningenProfile();}.
     *
     * @return a new instance of the profile; the kit constructs and loads it once per kit class
     */
    protected abstract MunicipalityProfile profile();

    private Loading loading() {
        return LOADINGS.computeIfAbsent(getClass(), kit -> {
            MunicipalityProfile profile;
            try {
                profile = profile();
            } catch (RuntimeException | LinkageError e) {
                return new Loading(null, null, e);
            }
            try {
                return new Loading(profile, Profiles.load(profile, ThresholdOverrides.none()), null);
            } catch (RuntimeException | LinkageError e) {
                return new Loading(profile, null, e);
            }
        });
    }

    /** The profile object; the test is skipped when it cannot even be constructed. */
    private MunicipalityProfile constructed() {
        Loading loading = loading();
        Assumptions.assumeTrue(loading.profile() != null,
            "skipped: the profile cannot be constructed, see theProfileLoads / overgeslagen: het profiel is niet te maken, zie theProfileLoads");
        return loading.profile();
    }

    @Test
    void theProfileLoads() {
        Loading loading = loading();
        if (loading.failure() == null) {
            return;
        }
        String reason = KitFailure.reason(loading.failure());
        if (loading.profile() == null) {
            throw KitFailure.of("the profile cannot be constructed", "het profiel is niet te maken", reason, loading.failure());
        }
        throw KitFailure.of("profile '" + loading.profile().id() + "' does not load", "profiel '" + loading.profile().id() + "' laadt niet",
            reason, loading.failure());
    }

    @Test
    void isFoundThroughServiceLoaderByItsId() {
        MunicipalityProfile profile = constructed();
        if (!Profiles.available().contains(profile.id())) {
            throw KitFailure.of("profile '" + profile.id() + "' is not found by its id (is META-INF/services set up?)",
                "profiel '" + profile.id() + "' wordt niet gevonden op zijn id (staat het in META-INF/services?)",
                "found: " + Profiles.available());
        }
        assertThat(Profiles.find(profile.id())).isExactlyInstanceOf(profile.getClass());
    }

    @Test
    void isAFinalClassWithAPublicNoArgumentConstructor() throws NoSuchMethodException {
        Class<?> type = constructed().getClass();
        assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName() + " is final / is final").isTrue();
        assertThat(Modifier.isPublic(type.getConstructor().getModifiers())).as("public no-argument constructor / publieke constructor zonder argumenten").isTrue();
    }

    @Test
    void idIsLowerCaseWordsJoinedByHyphens() {
        assertThat(constructed().id()).as("id in lower-case words joined by hyphens / id in kleine letters met koppeltekens").matches(KEBAB);
    }

    @Test
    void displayNameIsNotBlank() {
        assertThat(constructed().displayName()).as("display name / weergavenaam").isNotNull().isNotBlank();
    }

    @Test
    void cbsCodeIsValid() {
        CbsCode code = constructed().cbsCode();
        assertThat(code).as("CBS code / CBS-code").isNotNull();
        assertThat(CbsCode.isValid(code.value())).as("CBS code GM + four digits / CBS-code GM + vier cijfers").isTrue();
    }

    @Test
    void defaultLocaleIsSet() {
        assertThat(constructed().defaultLocale()).as("default locale / standaardtaal").isNotNull();
        assertThat(constructed().defaultLocale().getLanguage()).as("default locale has a language / standaardtaal heeft een taal").isNotEmpty();
    }

    @Test
    void injectorBuildsWithEveryRequiredBinding() {
        Injector injector = loaded();
        List<String> missing = new ArrayList<>();
        for (Key<?> key : ProfileContract.requiredKeys()) {
            if (injector.getExistingBinding(key) == null || injector.getInstance(key) == null) {
                missing.add(key.toString());
            }
        }
        assertThat(missing).as("required bindings missing / verplichte bindingen ontbreken").isEmpty();
    }

    @Test
    void municipalityIsTheProfilesOwn() {
        MunicipalityProfile profile = constructed();
        assertThat(loaded().getInstance(Municipality.class))
            .isEqualTo(Municipality.of(profile.displayName(), profile.cbsCode().value()));
    }

    @Test
    void thresholdsAreValidAndConsistent() {
        Thresholds thresholds = loaded().getInstance(Thresholds.class);
        assertThat(thresholds.validate()).isEmpty();
        assertThat(thresholds.minPerInitiative().isGreaterThan(thresholds.maxPerInitiative())).as("min > max").isFalse();
        assertThat(thresholds.maxPerInitiative().isPositive()).as("max > 0").isTrue();
        assertThat(thresholds.reserveForLaterPercent()).isBetween(0, 100);
    }

    @Test
    void thresholdsCanBeOverriddenWithoutCode() {
        Money raised = loaded().getInstance(Thresholds.class).maxPerInitiative().plus(Money.ofEuros(1));
        Thresholds overridden = Profiles.load(constructed(),
                ThresholdOverrides.of(Map.of(ThresholdKey.MAX_PER_INITIATIVE, MoneyFormat.toPlain(raised))))
            .getInstance(Thresholds.class);
        assertThat(overridden.maxPerInitiative()).isEqualTo(raised);
    }

    @Test
    void everyThresholdRoundTripsThroughAnOverrideFile() {
        MunicipalityProfile profile = constructed();
        Thresholds own = loaded().getInstance(Thresholds.class);
        StringBuilder file = new StringBuilder("profile: " + profile.id() + "\nthresholds:\n");
        for (ThresholdKey key : ThresholdKey.values()) {
            String text = own.textOf(key);
            boolean typed = key.kind() == ThresholdKey.Kind.MONEY || key.kind() == ThresholdKey.Kind.YES_NO || key.kind() == ThresholdKey.Kind.PERCENT;
            if (!text.isBlank()) {
                // As a person writes the file: numbers and yes/no as such, other values as quoted text. (No tiers: left out.)
                file.append("  ").append(key.key()).append(": ").append(typed ? text.strip() : "'" + text.replace("'", "''") + "'").append('\n');
            }
        }
        Result<ThresholdOverrides> read = ThresholdOverrideFile.parse("round-trip.yaml",
            file.toString().getBytes(StandardCharsets.UTF_8), InputFormat.YAML, profile.id(), own);
        if (read.isFailed()) {
            throw KitFailure.of("the profile's own thresholds do not read back from an override file",
                "de eigen drempels van het profiel lezen niet terug uit een overschrijvingsbestand", read.problems().toString());
        }
        Thresholds back = Profiles.load(profile, read.orElseThrow()).getInstance(Thresholds.class);
        for (ThresholdKey key : ThresholdKey.values()) {
            assertThat(key.parse(back.textOf(key)).orElseThrow()).as("threshold %s after a round trip / drempel %s na heen en terug", key.key(), key.key())
                .isEqualTo(key.parse(own.textOf(key)).orElseThrow());
        }
    }

    @Test
    void planningCalendarHasReportingMoments() {
        PlanningCalendar calendar = loaded().getInstance(PlanningCalendar.class);
        assertThat(calendar.moments()).as("reporting moments / rapportagemomenten").isNotEmpty();
        assertThat(calendar.moments()).allSatisfy(moment -> assertThat(moment.id()).matches(KEBAB));
    }

    @Test
    void everyDefaultedAndOptionalBindingCanBeInjected() {
        Injector injector = loaded();
        List<String> missing = new ArrayList<>();
        for (Key<?> key : concat(ProfileContract.defaultedKeys(), ProfileContract.optionalKeys())) {
            if (injector.getExistingBinding(key) == null || injector.getInstance(key) == null) {
                missing.add(key.toString());
            }
        }
        assertThat(missing).as("bindings the library should provide (bound directly instead of with ProfileBindings.choose?)")
            .isEmpty();
    }

    /** The loaded profile's injector; the test is skipped when the profile does not load ({@code theProfileLoads} fails instead). */
    @Override
    Injector loaded() {
        Loading loading = loading();
        Assumptions.assumeTrue(loading.injector() != null,
            "skipped: the profile does not load, see theProfileLoads / overgeslagen: het profiel laadt niet, zie theProfileLoads");
        return loading.injector();
    }

    @Override
    MunicipalityProfile profileUnderTest() {
        return constructed();
    }

    private static List<Key<?>> concat(List<Key<?>> first, List<Key<?>> second) {
        List<Key<?>> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
