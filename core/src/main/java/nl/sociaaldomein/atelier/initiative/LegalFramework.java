package nl.sociaaldomein.atelier.initiative;

import java.util.List;

/** The law an initiative works under. Open: a file may name another, well-formed code. */
public record LegalFramework(String code) {

    public static final LegalFramework WMO_2015 = new LegalFramework("wmo-2015");
    public static final LegalFramework PARTICIPATIEWET = new LegalFramework("participatiewet");
    public static final LegalFramework JEUGDWET = new LegalFramework("jeugdwet");

    public static final List<LegalFramework> KNOWN = List.of(WMO_2015, PARTICIPATIEWET, JEUGDWET);

    public LegalFramework {
        Code.require(code, "a legal framework", "wmo-2015");
    }
}
