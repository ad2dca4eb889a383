package nl.sociaaldomein.atelier.initiative;

import java.util.List;

/**
 * What kind of organisation applies. The constants are the kinds seen in the sources; the set is
 * open, so a profile or a file may use another well-formed code.
 */
public record OrganisationKind(String code) {

    /** Stichting, e.g. "St Kas-Vital" (000_54832993d59957fc.txt). */
    public static final OrganisationKind FOUNDATION = new OrganisationKind("foundation");
    /** Vereniging. */
    public static final OrganisationKind ASSOCIATION = new OrganisationKind("association");
    /** Kerk, e.g. "Protestantse kerk" (000_…). */
    public static final OrganisationKind CHURCH = new OrganisationKind("church");
    /** Zorgaanbieder, e.g. "Inter Psy" (000_…). */
    public static final OrganisationKind CARE_PROVIDER = new OrganisationKind("care-provider");
    /** Sociale onderneming of coöperatie, e.g. "De wijkcoöperatie" (000_…). */
    public static final OrganisationKind SOCIAL_ENTERPRISE = new OrganisationKind("social-enterprise");
    /** Welzijnsorganisatie, e.g. "Humanitas" (000_…). */
    public static final OrganisationKind WELFARE_ORGANISATION = new OrganisationKind("welfare-organisation");
    /** Bedrijf of zzp'er (001_9744a8e01e8ca7e0.txt: "bewoners, zzp-'ers en organisaties"). */
    public static final OrganisationKind COMPANY = new OrganisationKind("company");
    /** Samenwerkingsverband of netwerk van organisaties, e.g. "Ondernemend Zuid" (001_…). */
    public static final OrganisationKind PARTNERSHIP = new OrganisationKind("partnership");

    /** The sources name the organisation but not what kind it is: left unknown rather than guessed. */
    public static final OrganisationKind UNKNOWN = new OrganisationKind("unknown");

    /** The kinds the library knows; a file may name others in the same form. */
    public static final List<OrganisationKind> KNOWN = List.of(
        FOUNDATION, ASSOCIATION, CHURCH, CARE_PROVIDER, SOCIAL_ENTERPRISE, WELFARE_ORGANISATION, COMPANY, PARTNERSHIP);

    /**
     * Checks the code's form.
     *
     * @param code lower-case words joined by hyphens, e.g. {@code care-provider}
     * @throws IllegalArgumentException when the code has another form
     */
    public OrganisationKind {
        Code.require(code, "an organisation kind", "een soort organisatie", "care-provider");
    }
}
