package nl.sociaaldomein.atelier.profile;

import com.google.inject.Key;
import com.google.inject.util.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * What a loaded profile provides, in one place, in three lists:
 *
 * <ul>
 *   <li>{@link #requiredKeys()}: the profile (or the loader, from the profile) must bind these;
 *       the loader refuses a profile that lacks one;</li>
 *   <li>{@link #defaultedKeys()}: the library binds a default, which a profile replaces with
 *       {@link ProfileBindings#choose};</li>
 *   <li>{@link #optionalKeys()}: always injectable, but possibly empty: an {@code Optional} a
 *       profile fills with {@link ProfileBindings#choose}, or a {@code Map} of named entries it
 *       adds to with {@link ProfileBindings#named}.</li>
 * </ul>
 *
 * Every municipality so far can give the required ones: Oost Gelre runs experiments and no
 * calls, so nothing about calls is required. The conformance kit ({@code atelier-profile-tck})
 * checks all three lists; a binding that changes list is moved here, and nowhere else.
 */
public final class ProfileContract {

    private static final List<Key<?>> REQUIRED = List.of(
        // bound by the loader from the profile's own methods
        Key.get(MunicipalityProfile.class),
        Key.get(Municipality.class),
        // bound by the loader from ProfileBindings.threshold(...) values, validated at load
        Key.get(Thresholds.class),
        // bound by the profile
        Key.get(PlanningCalendar.class));

    private static final List<Key<?>> DEFAULTED = List.of(
        Key.get(ReviewCadence.class),
        Key.get(ExperimentNumbering.class));

    private static final List<Key<?>> OPTIONAL = List.of(
        optional(AllocationPolicy.class),
        optional(CriteriaFramework.class),
        named(CriteriaFramework.class),
        named(ReportFormat.class));

    private ProfileContract() {
    }

    /** {@return every binding a loaded profile's injector must have from the profile} */
    public static List<Key<?>> requiredKeys() {
        return REQUIRED;
    }

    /**
     * Bindings the library gives a default for; a profile replaces one with {@link ProfileBindings#choose}.
     *
     * @return the keys
     */
    public static List<Key<?>> defaultedKeys() {
        return DEFAULTED;
    }

    /**
     * Bindings that can always be injected but may be empty ({@code Optional<T>}, {@code Map<String, T>}).
     *
     * @return the keys
     */
    public static List<Key<?>> optionalKeys() {
        return OPTIONAL;
    }

    /**
     * The key of {@code Optional<T>}, as {@link ProfileBindings#choose} fills it.
     *
     * @param <T>  the service's type
     * @param type the service's type
     * @return the key
     */
    public static <T> Key<Optional<T>> optional(Class<T> type) {
        @SuppressWarnings("unchecked")
        Key<Optional<T>> key = (Key<Optional<T>>) Key.get(Types.newParameterizedType(Optional.class, type));
        return key;
    }

    /**
     * The key of {@code Map<String, T>}, as {@link ProfileBindings#named} fills it.
     *
     * @param <T>  the entries' type
     * @param type the entries' type
     * @return the key
     */
    public static <T> Key<Map<String, T>> named(Class<T> type) {
        @SuppressWarnings("unchecked")
        Key<Map<String, T>> key = (Key<Map<String, T>>) Key.get(Types.mapOf(String.class, type));
        return key;
    }
}
