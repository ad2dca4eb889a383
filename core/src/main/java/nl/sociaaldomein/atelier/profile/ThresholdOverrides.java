package nl.sociaaldomein.atelier.profile;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Threshold values that replace a profile's own, without code: read from a YAML file by
 * {@code nl.sociaaldomein.atelier.io.ThresholdOverrideFile}, or given in code. Each value may
 * carry where it came from ({@code my-town-2027.yaml:3:23}) so that a value that breaks the
 * profile's thresholds is reported at its place.
 */
public final class ThresholdOverrides {

    private static final ThresholdOverrides NONE = new ThresholdOverrides(Map.of(), Map.of());

    private final Map<ThresholdKey, String> values;
    private final Map<ThresholdKey, String> origins;

    private ThresholdOverrides(Map<ThresholdKey, String> values, Map<ThresholdKey, String> origins) {
        this.values = Map.copyOf(values);
        this.origins = Map.copyOf(origins);
    }

    /** {@return no overrides: the profile's own thresholds} */
    public static ThresholdOverrides none() {
        return NONE;
    }

    /**
     * Overrides without a known origin, e.g. set in code.
     *
     * @param values the values by key, in each threshold's text form
     * @return the overrides
     */
    public static ThresholdOverrides of(Map<ThresholdKey, String> values) {
        return new ThresholdOverrides(values, Map.of());
    }

    /**
     * Values with, per key, where each was written (a file location).
     *
     * @param values  the values by key, in each threshold's text form
     * @param origins where each value was written, e.g. {@code thresholds.yaml:3:1}
     * @return the overrides
     */
    public static ThresholdOverrides located(Map<ThresholdKey, String> values, Map<ThresholdKey, String> origins) {
        for (ThresholdKey key : origins.keySet()) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("an origin is given for " + key.key() + " but no value");
            }
        }
        return new ThresholdOverrides(values, origins);
    }

    /** {@return the values by key, in each threshold's text form} */
    public Map<ThresholdKey, String> values() {
        return values;
    }

    /**
     * Where an override was written.
     *
     * @param key the threshold
     * @return its origin, or empty when not known or not overridden
     */
    public Optional<String> origin(ThresholdKey key) {
        return Optional.ofNullable(origins.get(key));
    }

    /** {@return whether nothing is overridden} */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The profile's values with these laid over them: an override wins, the rest stays.
     *
     * @param profileValues the profile's own values by key
     * @return the thresholds
     */
    public Thresholds over(Map<ThresholdKey, String> profileValues) {
        Map<ThresholdKey, String> merged = new EnumMap<>(ThresholdKey.class);
        merged.putAll(profileValues);
        merged.putAll(values);
        Map<String, String> byShortKey = new HashMap<>();
        merged.forEach((key, value) -> byShortKey.put(key.key(), Objects.requireNonNull(value, key.key())));
        return Thresholds.of(byShortKey);
    }

    @Override
    public String toString() {
        return "ThresholdOverrides" + values;
    }
}
