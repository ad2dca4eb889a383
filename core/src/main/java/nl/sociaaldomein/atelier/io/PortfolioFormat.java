package nl.sociaaldomein.atelier.io;

/**
 * The names of the portfolio file format ({@code docs/portfolio-format.md}), shared by
 * {@link PortfolioReader} and {@link PortfolioWriter} so that the two cannot drift apart.
 */
public final class PortfolioFormat {

    /** The value of the required top-level {@code format} field; a later, different shape gets a new number. */
    public static final String VERSION = "atelier-portfolio/1";

    /** Applicant kinds: a closed vocabulary. */
    public static final String NATURAL_PERSON = "natural-person";
    /** An applicant that is an organisation (a foundation, an association, a company) rather than a private person. */
    public static final String ORGANISATION = "organisation";
    /** Not named by the sources: no name, no kind ({@code {kind: unknown}}). */
    public static final String UNKNOWN = "unknown";

    private PortfolioFormat() {
    }
}
