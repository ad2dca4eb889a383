package nl.sociaaldomein.atelier.experiment;

/**
 * What a review decides. Oost Gelre's quarterly report decides "omgezet … in regulier beleid,
 * verlengd, of dat er helemaal mee gestopt" (004_09d1d1def8e42fc5.txt); Groningen looks
 * "tussentijds en aan het einde van de rit" whether "een project al dan niet voort te zetten of
 * aan te passen" (003_8cbc039ce30155df.txt).
 */
public enum ReviewVerdict {
    /** Go on as planned; no change of state. */
    CONTINUE,
    /** Go on with adjustments; no change of state. */
    ADJUST,
    /** Extend to a new end date. */
    EXTEND,
    /** Make it regular policy. */
    MAKE_REGULAR,
    /** Stop it ("afscheid van elkaar nemen"). */
    STOP
}
