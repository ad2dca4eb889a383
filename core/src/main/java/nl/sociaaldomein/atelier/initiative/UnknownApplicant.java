package nl.sociaaldomein.atelier.initiative;

/**
 * An applicant the sources do not name: neither a person nor an organisation is known, so none is
 * made up. Groningen's letter counts 43 ideas but names only the 19 it funded
 * (000_54832993d59957fc.txt); the other 24 were put forward by someone it does not say.
 */
public enum UnknownApplicant implements Applicant {
    /** The one unknown applicant. */
    INSTANCE;

    /** What every report shows for it, whatever the audience. */
    public static final String NOT_PUBLISHED = "niet gepubliceerd";

    @Override
    public String nameFor(Audience audience) {
        return NOT_PUBLISHED;
    }

    @Override
    public String kindCode() {
        return "unknown";
    }
}
