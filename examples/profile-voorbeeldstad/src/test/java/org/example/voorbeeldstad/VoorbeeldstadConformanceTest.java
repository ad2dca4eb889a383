package org.example.voorbeeldstad;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.tck.ProfileConformanceKit;

/** The conformance kit: how the profile is built, and how it behaves on generated rounds and reports. */
class VoorbeeldstadConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new VoorbeeldstadProfile();
    }
}
