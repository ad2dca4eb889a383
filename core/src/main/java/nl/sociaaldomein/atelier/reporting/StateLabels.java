package nl.sociaaldomein.atelier.reporting;

import java.util.Locale;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.experiment.ExperimentState;

/**
 * How a report names an experiment's state. The words follow the outcome column of Oost Gelre's
 * register (004_09d1d1def8e42fc5.txt: "In opbouw/uitvoering", "Loopt", "Loopt (Wordt verlengd)",
 * "Ja, wordt omgezet naar regulier", "Ja, regulier ingezet", "Ja, afgerond", "Nee, beëindigd",
 * "Ja, opgesplitst"), without the yes/no of its "succesvol" column.
 */
public final class StateLabels {

    private StateLabels() {
    }

    /**
     * The register's words for a state, e.g. "Loopt" or "Ja, afgerond".
     *
     * @param state  the state
     * @param locale the report's language
     * @return the words
     */
    public static String of(ExperimentState state, Locale locale) {
        return text(state).in(locale);
    }

    private static Text text(ExperimentState state) {
        return state.label();
    }
}
