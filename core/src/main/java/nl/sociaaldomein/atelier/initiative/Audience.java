package nl.sociaaldomein.atelier.initiative;

/**
 * Who will read what the library produces. Reports that leave the municipality are public, and
 * public output never shows a natural person's name. Public is the default everywhere.
 */
public enum Audience {
    /** Anyone: council, press, the web. Natural persons appear as "Particulier". */
    PUBLIC,
    /** Civil servants handling the case; names of natural persons may be shown. */
    INTERNAL
}
