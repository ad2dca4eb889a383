package nl.sociaaldomein.atelier.profile.oostgelre;

import nl.sociaaldomein.atelier.profile.Label;

/**
 * One word of the memo's outcome column ("succesvol"), as data for the experiment package.
 *
 * @param code    kebab-case code, matching the glossary's English term
 * @param label   Dutch as in the memo, and English
 * @param wording how the memo's table writes it; a row may add detail after it ("Ja, opgesplitst: ...")
 */
public record Outcome(String code, Label label, String wording) {

    /** Whether a cell of the memo's table states this outcome. */
    public boolean describes(String cell) {
        String text = cell.strip();
        return text.equals(wording) || text.startsWith(wording + ":");
    }
}
