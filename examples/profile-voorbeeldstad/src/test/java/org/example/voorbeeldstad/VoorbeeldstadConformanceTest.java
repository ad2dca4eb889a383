package org.example.voorbeeldstad;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.tck.ProfileConformanceKit;

class VoorbeeldstadConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new VoorbeeldstadProfile();
    }
}
