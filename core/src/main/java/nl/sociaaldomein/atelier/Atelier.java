package nl.sociaaldomein.atelier;

import com.google.inject.Module;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;

/**
 * Where an embedding application starts: the municipality profiles on the classpath, loaded once
 * and shared.
 *
 * <pre>{@code
 * LoadedProfile groningen = Atelier.profile("groningen");   // the same object on every call
 * }</pre>
 *
 * <p>Loading a profile builds its wiring and validates its thresholds; that happens once per id
 * (per class loader), the first time it is asked for, and every later call returns the same
 * {@link LoadedProfile}. A profile with other thresholds, or with some bindings replaced, is a
 * separate load: {@link #profile(String, ThresholdOverrides)}, {@link #customised(String, Module)}.
 */
public final class Atelier {

    private static final Map<CacheKey, LoadedProfile> LOADED = new ConcurrentHashMap<>();

    private Atelier() {
    }

    /** {@return the ids of every profile on the classpath, sorted} */
    public static SortedSet<String> profileIds() {
        return Profiles.available();
    }

    /**
     * The profile with this id, loaded once and shared.
     *
     * @param id the profile's id, e.g. {@code groningen}
     * @return the loaded profile, the same instance on every call
     * @throws nl.sociaaldomein.atelier.profile.UnknownProfileException when no profile has the id (the message lists those that exist)
     * @throws nl.sociaaldomein.atelier.profile.ProfileException        when the profile does not load (a fault of the profile)
     */
    public static LoadedProfile profile(String id) {
        Objects.requireNonNull(id, "id");
        return LOADED.computeIfAbsent(new CacheKey(contextLoader(), id), key -> load(Profiles.find(id), ThresholdOverrides.none(), null));
    }

    /**
     * The profile with this id and its thresholds overridden (for example from a file); not cached.
     *
     * @param id        the profile's id, e.g. {@code groningen}
     * @param overrides thresholds that replace the profile's own
     * @return a newly loaded profile
     * @throws nl.sociaaldomein.atelier.profile.UnknownProfileException when no profile has the id
     * @throws nl.sociaaldomein.atelier.profile.InvalidThresholdsException when the thresholds with the overrides do not hold together
     */
    public static LoadedProfile profile(String id, ThresholdOverrides overrides) {
        return load(Profiles.find(id), overrides, null);
    }

    /**
     * The profile with some of its bindings replaced by {@code overrides}, the way Guice's
     * {@code Modules.override(profile).with(overrides)} does: for an application that keeps a
     * municipality's profile but uses, say, its own allocation policy. Not cached.
     *
     * @param id        the profile's id, e.g. {@code groningen}
     * @param overrides a Guice module whose bindings win over the profile's
     * @return a newly loaded profile
     * @throws nl.sociaaldomein.atelier.profile.UnknownProfileException when no profile has the id
     */
    public static LoadedProfile customised(String id, Module overrides) {
        return load(Profiles.find(id), ThresholdOverrides.none(), overrides);
    }

    /**
     * A profile object the caller made itself (not found on the classpath); not cached.
     *
     * @param profile the profile object
     * @return the loaded profile
     * @throws nl.sociaaldomein.atelier.profile.ProfileException when the profile does not load
     */
    public static LoadedProfile profile(MunicipalityProfile profile) {
        return load(profile, ThresholdOverrides.none(), null);
    }

    private static LoadedProfile load(MunicipalityProfile profile, ThresholdOverrides thresholds, Module replacements) {
        return new LoadedProfile(profile, Profiles.load(profile, thresholds, replacements));
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : Atelier.class.getClassLoader();
    }

    /** Profiles are found per class loader, so they are cached per class loader too. */
    private record CacheKey(ClassLoader loader, String id) {
    }
}
