package nl.sociaaldomein.atelier.profile.oostgelre;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * The words of the memo "Experimenten Sociaal Domein" (004_09d1d1def8e42fc5.txt): the outcomes
 * in its table, and the decisions of the quarterly report, "of deze omgezet zouden moeten
 * worden in regulier beleid, verlengd, of dat er helemaal mee gestopt zou moeten worden".
 */
public final class OostGelreVocabulary {

    public static final List<Outcome> OUTCOMES = List.of(
        new Outcome("made-regular", new Label("Ja, regulier ingezet", "Yes, made regular"), "Ja, regulier ingezet"),
        new Outcome("being-made-regular", new Label("Ja, wordt omgezet naar regulier", "Yes, being made regular"),
            "Ja, wordt omgezet naar regulier"),
        new Outcome("completed", new Label("Ja, afgerond", "Yes, completed"), "Ja, afgerond"),
        new Outcome("split", new Label("Ja, opgesplitst", "Yes, split"), "Ja, opgesplitst"),
        new Outcome("extended", new Label("Loopt (wordt verlengd)", "Running (being extended)"), "Loopt (Wordt verlengd)"),
        new Outcome("running", new Label("Loopt", "Running"), "Loopt"),
        new Outcome("in-preparation", new Label("In opbouw/uitvoering", "In preparation"), "In opbouw/uitvoering"),
        new Outcome("stopped", new Label("Nee, beëindigd", "No, stopped"), "Nee, beëindigd"));

    /** What the college decides on an experiment each quarter. */
    public static final List<Label> QUARTERLY_DECISIONS = List.of(
        new Label("omzetten in regulier beleid", "make regular policy"),
        new Label("verlengen", "extend"),
        new Label("stoppen", "stop"));

    private OostGelreVocabulary() {
    }

    /** The outcome a cell of the memo's table states, if it is one of the memo's words. */
    public static Optional<Outcome> outcomeOf(String cell) {
        return OUTCOMES.stream().filter(o -> o.describes(cell)).findFirst();
    }
}
