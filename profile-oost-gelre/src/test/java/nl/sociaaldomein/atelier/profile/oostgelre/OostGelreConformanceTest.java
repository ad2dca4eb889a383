package nl.sociaaldomein.atelier.profile.oostgelre;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.tck.ProfileConformanceKit;

class OostGelreConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new OostGelreProfile();
    }
}
