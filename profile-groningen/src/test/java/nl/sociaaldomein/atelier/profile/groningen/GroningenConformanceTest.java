package nl.sociaaldomein.atelier.profile.groningen;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.tck.ProfileConformanceKit;

class GroningenConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new GroningenProfile();
    }
}
