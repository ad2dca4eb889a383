package nl.sociaaldomein.atelier.profile;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import nl.sociaaldomein.atelier.profile.internal.LoaderModule;
import nl.sociaaldomein.atelier.profile.internal.ProfileRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds municipality profiles on the classpath and builds their injectors:
 * {@code Profiles.load("my-town").getInstance(Thresholds.class)}.
 *
 * <p>Profiles are found with {@link java.util.ServiceLoader} through the thread's context class
 * loader, afresh on every call (so a jar added at run time is seen; loading is a start-up step).
 * The injector is built in {@link Stage#PRODUCTION}, so every binding error shows at load; then
 * the loader checks the {@linkplain ProfileContract required bindings} and the thresholds.
 */
public final class Profiles {

    private static final Logger LOG = LoggerFactory.getLogger(Profiles.class);

    private Profiles() {
    }

    /** {@return the ids of every profile on the classpath, sorted} */
    public static SortedSet<String> available() {
        return registry().ids();
    }

    /**
     * The profile with this id.
     *
     * @param id the profile's id
     * @return the profile object, not yet loaded
     * @throws UnknownProfileException   when no profile has it (the message lists the available ids)
     * @throws DuplicateProfileException when two or more classes claim it (the message names them)
     */
    public static MunicipalityProfile find(String id) {
        return registry().get(id);
    }

    /**
     * The injector of the profile with this id, with the profile's own thresholds.
     *
     * @param id the profile's id
     * @return the loaded profile's injector
     */
    public static Injector load(String id) {
        return load(find(id), ThresholdOverrides.none());
    }

    /**
     * The injector of the profile with this id, its thresholds overridden.
     *
     * @param id        the profile's id
     * @param overrides thresholds that replace the profile's own
     * @return the loaded profile's injector
     */
    public static Injector load(String id, ThresholdOverrides overrides) {
        return load(find(id), overrides);
    }

    /**
     * The injector of a given profile (found or constructed by the caller), its thresholds overridden.
     *
     * @param profile   the profile object
     * @param overrides thresholds that replace the profile's own
     * @return the loaded profile's injector
     * @throws IncompleteProfileException  when a {@linkplain ProfileContract#requiredKeys() required binding} is missing
     * @throws InvalidThresholdsException  when the thresholds do not validate (every failing key is named)
     * @throws com.google.inject.CreationException when the profile's own bindings are wrong
     */
    public static Injector load(MunicipalityProfile profile, ThresholdOverrides overrides) {
        return load(profile, overrides, null);
    }

    /**
     * As {@link #load(MunicipalityProfile, ThresholdOverrides)}, with some of the profile's
     * bindings replaced by {@code replacements} ({@code Modules.override(profile).with(replacements)});
     * no replacement when it is null.
     *
     * @param profile      the profile object
     * @param overrides    thresholds that replace the profile's own
     * @param replacements bindings that replace the profile's, or null
     * @return the loaded profile's injector
     */
    public static Injector load(MunicipalityProfile profile, ThresholdOverrides overrides, com.google.inject.Module replacements) {
        com.google.inject.Module profileModule = replacements == null ? profile
            : com.google.inject.util.Modules.override(profile).with(replacements);
        Injector injector = Guice.createInjector(Stage.PRODUCTION, new LoaderModule(profile, overrides), new LibraryDefaultsModule(), profileModule);
        List<String> missing = new ArrayList<>();
        for (Key<?> key : ProfileContract.requiredKeys()) {
            if (injector.getExistingBinding(key) == null) {
                missing.add(key.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteProfileException(profile.id(), missing);
        }
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        List<String> problems = new ArrayList<>();
        for (ThresholdProblem problem : thresholds.validate()) {
            String origin = ThresholdKey.byKey(problem.key().substring(thresholds.prefix().length() + 1))
                .flatMap(overrides::origin).map(at -> " (overridden at " + at + ")").orElse("");
            problems.add(problem + origin);
        }
        if (!problems.isEmpty()) {
            throw new InvalidThresholdsException(profile.id(), problems);
        }
        LOG.info("profile '{}' loaded: {} ({}), {}{}", profile.id(), profile.displayName(), profile.cbsCode().value(),
            profile.getClass().getName(), overrides.isEmpty() ? "" : ", thresholds overridden");
        return injector;
    }

    private static ProfileRegistry registry() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return ProfileRegistry.discover(loader != null ? loader : Profiles.class.getClassLoader());
    }
}
