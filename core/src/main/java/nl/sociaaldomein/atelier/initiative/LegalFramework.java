package nl.sociaaldomein.atelier.initiative;

import java.util.List;

/** The law an initiative works under. Open: a file may name another, well-formed code. */
public record LegalFramework(String code) {

    /** The Wet maatschappelijke ondersteuning 2015. */
    public static final LegalFramework WMO_2015 = new LegalFramework("wmo-2015");
    /** The Participatiewet. */
    public static final LegalFramework PARTICIPATIEWET = new LegalFramework("participatiewet");
    /** The Jeugdwet. */
    public static final LegalFramework JEUGDWET = new LegalFramework("jeugdwet");

    /** The laws the library knows; a file may name others in the same form. */
    public static final List<LegalFramework> KNOWN = List.of(WMO_2015, PARTICIPATIEWET, JEUGDWET);

    /**
     * Checks the code's form.
     *
     * @param code lower-case words joined by hyphens, e.g. {@code wmo-2015}
     * @throws IllegalArgumentException when the code has another form
     */
    public LegalFramework {
        Code.require(code, "a legal framework", "een wettelijk kader", "wmo-2015");
    }
}
