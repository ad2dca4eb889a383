package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.tck.ProfileConformanceKit;

class HoogeveenConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new HoogeveenProfile();
    }
}
