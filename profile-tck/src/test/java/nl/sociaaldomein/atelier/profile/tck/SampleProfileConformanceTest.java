package nl.sociaaldomein.atelier.profile.tck;

import nl.sociaaldomein.atelier.profile.MunicipalityProfile;

/** The kit run on a fictional profile, as an integrator would run it on theirs. */
class SampleProfileConformanceTest extends ProfileConformanceKit {

    @Override
    protected MunicipalityProfile profile() {
        return new SampleProfile();
    }
}
