package nl.sociaaldomein.atelier.profile.tck;

import com.google.inject.AbstractModule;
import java.util.Locale;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;

/**
 * A profile that breaks the kit's rules: not final, not registered, a bad id, a blank name and a
 * locale without a language. Kept out of the test-class name pattern so JUnit does not run its kit.
 */
class CarelessProfile extends AbstractModule implements MunicipalityProfile {

    @Override
    public String id() {
        return "Careless_Town";
    }

    @Override
    public String displayName() {
        return " ";
    }

    @Override
    public CbsCode cbsCode() {
        return new CbsCode("GM9997");
    }

    @Override
    public Locale defaultLocale() {
        return Locale.ROOT;
    }

    /** The kit pointed at this profile, for calling its checks one by one. */
    static final class Kit extends ProfileConformanceKit {
        @Override
        protected MunicipalityProfile profile() {
            return new CarelessProfile();
        }
    }
}
