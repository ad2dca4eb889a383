package nl.sociaaldomein.atelier.experiment;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Where an experiment stands. The states follow the outcome column of Oost Gelre's register
 * (004_09d1d1def8e42fc5.txt: "In opbouw/uitvoering", "Loopt", "Loopt (Wordt verlengd)",
 * "Ja, wordt omgezet naar regulier", "Ja, regulier ingezet", "Ja, afgerond", "Nee, beëindigd",
 * "Ja, opgesplitst") and the college's quarterly choice "omgezet … in regulier beleid, verlengd,
 * of dat er helemaal mee gestopt zou moeten worden".
 */
public enum ExperimentState {
    /** In opbouw: registered, not started. */
    IN_PREPARATION,
    /** Loopt. */
    RUNNING,
    /** Loopt, wordt verlengd: running past its first planned end. */
    EXTENDED,
    /** Wordt omgezet naar regulier: decided to become regular policy, still running as an experiment. */
    BECOMING_REGULAR,
    /** Nee, beëindigd: stopped, not successful. */
    STOPPED,
    /** Ja, afgerond: finished successfully. */
    COMPLETED,
    /** Ja, regulier ingezet: now regular policy. */
    MADE_REGULAR,
    /** Ja, opgesplitst: continued as successors, each with its own lifecycle. */
    SPLIT;

    /**
     * How reports and messages name this state, in Dutch and English: the words of the register's
     * outcome column without the yes/no of its "succesvol" column ("Loopt", "Regulier ingezet",
     * "Beëindigd"…).
     *
     * @return the label
     */
    public Text label() {
        switch (this) {
            case IN_PREPARATION: return Text.of("In opbouw", "In preparation");
            case RUNNING: return Text.of("Loopt", "Running");
            case EXTENDED: return Text.of("Loopt, verlengd", "Running, extended");
            case BECOMING_REGULAR: return Text.of("Wordt omgezet naar regulier", "Becoming regular policy");
            case STOPPED: return Text.of("Beëindigd", "Stopped");
            case COMPLETED: return Text.of("Afgerond", "Completed");
            case MADE_REGULAR: return Text.of("Regulier ingezet", "Made regular policy");
            case SPLIT: return Text.of("Opgesplitst", "Split");
            default: throw new IllegalArgumentException("no label for experiment state " + name());
        }
    }

    /**
     * The labels of the given states, quoted, in the given language: {@code 'Loopt, verlengd', 'Beëindigd'}.
     *
     * @param states the states
     * @param locale the reader's language
     * @return the quoted labels, joined by commas
     */
    public static String labels(Set<ExperimentState> states, Locale locale) {
        return states.stream().map(s -> "'" + s.label().in(locale) + "'").collect(Collectors.joining(", "));
    }

    /** {@return whether it is running in the sense of the register's "Loopt": started and not ended} */
    public boolean isRunning() {
        return this == RUNNING || this == EXTENDED || this == BECOMING_REGULAR;
    }

    /** {@return whether it ended, one way or another; no transition leaves an ended state} */
    public boolean isEnded() {
        return this == STOPPED || this == COMPLETED || this == MADE_REGULAR || this == SPLIT;
    }

    /** {@return whether it counts as a success in the register's "succesvol" column ("Ja, …")} */
    public boolean isSuccess() {
        return this == COMPLETED || this == MADE_REGULAR || this == BECOMING_REGULAR || this == SPLIT;
    }

    /** {@return the states a transition may lead to from this one} */
    public Set<ExperimentState> successors() {
        switch (this) {
            case IN_PREPARATION: return EnumSet.of(RUNNING, STOPPED);
            case RUNNING:
            case EXTENDED: return EnumSet.of(EXTENDED, BECOMING_REGULAR, MADE_REGULAR, COMPLETED, STOPPED, SPLIT);
            case BECOMING_REGULAR: return EnumSet.of(MADE_REGULAR, STOPPED);
            default: return EnumSet.noneOf(ExperimentState.class);
        }
    }

    /**
     * Whether a transition may lead from this state to {@code next}.
     *
     * @param next the state after
     * @return true when allowed
     */
    public boolean canMoveTo(ExperimentState next) {
        return successors().contains(next);
    }
}
