package nl.sociaaldomein.atelier.profile;

import com.google.inject.Key;
import java.util.List;
import nl.sociaaldomein.atelier.initiative.Municipality;

/**
 * What a loaded profile must provide, in one place: the loader refuses a profile that lacks one
 * of these bindings, and the conformance kit ({@code atelier-profile-tck}) checks the same list.
 * A binding that becomes required is added here, and nowhere else.
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

    private ProfileContract() {
    }

    /** Every binding a loaded profile's injector must have. */
    public static List<Key<?>> requiredKeys() {
        return REQUIRED;
    }
}
