package nl.sociaaldomein.atelier.reporting;

/** Core's sample dossier (package-private there), for this module's tests. */
public final class SampleDossiers {

    /** The natural person's name in the sample, which no public write may hold. */
    public static final String PERSON = SampleDossier.PERSON;

    private SampleDossiers() {
    }

    /**
     * Core's sample dossier: a portfolio, a decided round, a budget and a register.
     *
     * @return the dossier
     */
    public static Dossier sample() {
        return SampleDossier.build();
    }
}
