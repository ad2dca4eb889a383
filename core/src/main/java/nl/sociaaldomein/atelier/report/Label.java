package nl.sociaaldomein.atelier.report;

/**
 * Words the library itself puts in reports, in Dutch and English. Report builders use these for
 * generic headers and totals so that one report can be rendered in either language.
 */
public enum Label implements Text {
    TOTAL("Totaal", "Total"),
    NUMBER("nr", "no."),
    AMOUNT("Bedrag", "Amount"),
    MUNICIPALITY("Gemeente", "Municipality"),
    DATE("Datum", "Date"),
    REFERENCE("Kenmerk", "Reference"),
    WARNING("Let op", "Warning"),
    NOTE("Opmerking", "Note"),
    FIGURE("Figuur", "Figure"),
    POT("Pot", "Pot"),
    CEILING("Plafond", "Ceiling"),
    GRANTED("Toegekend", "Granted"),
    RESERVED("Gereserveerd", "Reserved"),
    REMAINING("Resterend", "Remaining"),
    OVER_CEILING("Boven plafond", "Over ceiling"),
    USED("Benut", "Used"),
    CATEGORY("Categorie", "Category"),
    COUNT("Aantal", "Count"),
    NAME("Naam", "Name"),
    START("Startdatum", "Start date"),
    END("Einddatum", "End date"),
    STATUS("Stand van zaken", "Status"),
    RUNNING("Looptijd", "Duration"),
    IMPRECISE("Datum onnauwkeurig (alleen maand of jaar bekend)", "Imprecise date (only month or year known)"),
    OPEN_END("Einde open", "Open end"),
    NO_DATA("Geen gegevens", "No data"),
    INTERNAL_ONLY("Intern: bevat persoonsgegevens, niet openbaar maken.",
        "Internal: contains personal data, do not publish.");

    private final String dutch;
    private final String english;

    Label(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
