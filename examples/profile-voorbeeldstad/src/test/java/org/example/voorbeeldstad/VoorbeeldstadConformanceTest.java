package org.example.voorbeeldstad;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.tck.ProfileConformanceKit;

/**
 * The assertions are the kit's: each of its tests fails when this profile breaks the contract
 * (ProfileConformanceKitTest shows them failing on broken profiles).
 */
class VoorbeeldstadConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new VoorbeeldstadProfile();
    }
}
