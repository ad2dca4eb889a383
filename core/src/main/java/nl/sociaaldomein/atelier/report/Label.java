package nl.sociaaldomein.atelier.report;

/**
 * Words the library itself puts in reports, in Dutch and English. Report builders use these for
 * generic headers and totals so that one report can be rendered in either language.
 */
public enum Label implements Text {
    /** "Totaal" in Dutch, "Total" in English. */
    TOTAL("Totaal", "Total"),
    /** "nr" in Dutch, "no." in English. */
    NUMBER("nr", "no."),
    /** "Bedrag" in Dutch, "Amount" in English. */
    AMOUNT("Bedrag", "Amount"),
    /** "Gemeente" in Dutch, "Municipality" in English. */
    MUNICIPALITY("Gemeente", "Municipality"),
    /** "Datum" in Dutch, "Date" in English. */
    DATE("Datum", "Date"),
    /** "Kenmerk" in Dutch, "Reference" in English. */
    REFERENCE("Kenmerk", "Reference"),
    /** "Let op" in Dutch, "Warning" in English. */
    WARNING("Let op", "Warning"),
    /** "Opmerking" in Dutch, "Note" in English. */
    NOTE("Opmerking", "Note"),
    /** "Figuur" in Dutch, "Figure" in English. */
    FIGURE("Figuur", "Figure"),
    /** "Pot" in Dutch, "Pot" in English. */
    POT("Pot", "Pot"),
    /** "Plafond" in Dutch, "Ceiling" in English. */
    CEILING("Plafond", "Ceiling"),
    /** "Toegekend" in Dutch, "Granted" in English. */
    GRANTED("Toegekend", "Granted"),
    /** "Gereserveerd" in Dutch, "Reserved" in English. */
    RESERVED("Gereserveerd", "Reserved"),
    /** "Resterend" in Dutch, "Remaining" in English. */
    REMAINING("Resterend", "Remaining"),
    /** "Boven plafond" in Dutch, "Over ceiling" in English. */
    OVER_CEILING("Boven plafond", "Over ceiling"),
    /** "Benut" in Dutch, "Used" in English. */
    USED("Benut", "Used"),
    /** "Categorie" in Dutch, "Category" in English. */
    CATEGORY("Categorie", "Category"),
    /** "Aantal" in Dutch, "Count" in English. */
    COUNT("Aantal", "Count"),
    /** "Naam" in Dutch, "Name" in English. */
    NAME("Naam", "Name"),
    /** "Startdatum" in Dutch, "Start date" in English. */
    START("Startdatum", "Start date"),
    /** "Einddatum" in Dutch, "End date" in English. */
    END("Einddatum", "End date"),
    /** "Stand van zaken" in Dutch, "Status" in English. */
    STATUS("Stand van zaken", "Status"),
    /** "Looptijd" in Dutch, "Duration" in English. */
    RUNNING("Looptijd", "Duration"),
    /** "Datum onnauwkeurig (alleen maand of jaar bekend)" in Dutch, "Imprecise date (only month or year known)". */
    IMPRECISE("Datum onnauwkeurig (alleen maand of jaar bekend)", "Imprecise date (only month or year known)"),
    /** "Einde open" in Dutch, "Open end" in English. */
    OPEN_END("Einde open", "Open end"),
    /** "Geen gegevens" in Dutch, "No data" in English. */
    NO_DATA("Geen gegevens", "No data"),
    /** The warning on internal output, which shows private persons' names: "Intern: bevat persoonsgegevens, niet openbaar maken." */
    INTERNAL_ONLY("Intern: bevat persoonsgegevens, niet openbaar maken.",
        "Internal: contains personal data, do not publish.");

    private final String dutch;
    private final String english;

    Label(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** {@return the Dutch wording} */
    public String dutch() {
        return dutch;
    }

    /** {@return the English wording} */
    public String english() {
        return english;
    }
}
