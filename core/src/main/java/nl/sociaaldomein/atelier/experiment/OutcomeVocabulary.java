package nl.sociaaldomein.atelier.experiment;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a register's outcome texts to lifecycle states, so that the published text can be shown
 * verbatim while the library reasons with states. Matching ignores case, surrounding spaces,
 * repeated spaces and a final full stop; a phrase also matches a text that continues after a
 * colon ("Ja, opgesplitst: - Buurtsportcoaches: …" matches "ja, opgesplitst").
 */
public final class OutcomeVocabulary {

    private static final Locale DUTCH = new Locale("nl", "NL");

    private final Map<String, ExperimentState> phrases;

    private OutcomeVocabulary(Map<String, ExperimentState> phrases) {
        this.phrases = Map.copyOf(phrases);
    }

    /**
     * The phrases of Oost Gelre's memo of 12-09-2018 (004_09d1d1def8e42fc5.txt), including the
     * lower-case forms used for the successors of row 1 ("regulier ingezet", "loopt, wordt verlengd").
     *
     * @return the vocabulary
     */
    public static OutcomeVocabulary oostGelre2018() {
        Map<String, ExperimentState> p = new LinkedHashMap<>();
        p.put("In opbouw/uitvoering", ExperimentState.IN_PREPARATION);
        p.put("Loopt", ExperimentState.RUNNING);
        p.put("Loopt (Wordt verlengd)", ExperimentState.EXTENDED);
        p.put("loopt, wordt verlengd", ExperimentState.EXTENDED);
        p.put("Ja, wordt omgezet naar regulier", ExperimentState.BECOMING_REGULAR);
        p.put("Ja, regulier ingezet", ExperimentState.MADE_REGULAR);
        p.put("regulier ingezet", ExperimentState.MADE_REGULAR);
        p.put("Ja, afgerond", ExperimentState.COMPLETED);
        p.put("Nee, beëindigd", ExperimentState.STOPPED);
        p.put("Ja, opgesplitst", ExperimentState.SPLIT);
        return new OutcomeVocabulary(normalised(p));
    }

    /**
     * A profile's own phrases (text → state), e.g. the words of a progress report; matched as above.
     *
     * @param phrases the phrases and the states they stand for
     * @return the vocabulary
     */
    public static OutcomeVocabulary of(Map<String, ExperimentState> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("an outcome vocabulary needs at least one phrase");
        }
        return new OutcomeVocabulary(normalised(phrases));
    }

    /**
     * This vocabulary with one more phrase (a profile's own wording).
     *
     * @param phrase the phrase as published
     * @param state  the state it stands for
     * @return a new vocabulary; this one is unchanged
     */
    public OutcomeVocabulary with(String phrase, ExperimentState state) {
        Map<String, ExperimentState> more = new LinkedHashMap<>(phrases);
        more.put(normalise(phrase), state);
        return new OutcomeVocabulary(more);
    }

    /**
     * The state a published text stands for, if the vocabulary knows it.
     *
     * @param text the published outcome
     * @return the state, or empty when the vocabulary does not know the text
     */
    public Optional<ExperimentState> stateOf(String text) {
        String t = normalise(text);
        ExperimentState exact = phrases.get(t);
        if (exact != null) {
            return Optional.of(exact);
        }
        int colon = t.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.ofNullable(phrases.get(t.substring(0, colon).strip()));
    }

    /** {@return the known phrases, normalised, for messages} */
    public Set<String> phrases() {
        return new TreeSet<>(phrases.keySet());
    }

    private static Map<String, ExperimentState> normalised(Map<String, ExperimentState> given) {
        Map<String, ExperimentState> out = new LinkedHashMap<>();
        given.forEach((phrase, state) -> out.put(normalise(phrase), state));
        return out;
    }

    private static String normalise(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(DUTCH);
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
