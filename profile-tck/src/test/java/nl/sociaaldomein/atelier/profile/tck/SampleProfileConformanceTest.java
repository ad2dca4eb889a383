package nl.sociaaldomein.atelier.profile.tck;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;

/**
 * The kit run on a fictional profile, as an integrator would run it on theirs.
 *
 * The assertions are the kit's: each of its tests fails when this profile breaks the contract
 * (ProfileConformanceKitTest shows them failing on broken profiles).
 */
class SampleProfileConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new SampleProfile();
    }
}
