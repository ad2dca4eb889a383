package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;

/**
 * How several assessors' scores on one criterion become one score. The result is in hundredths
 * of a point, so that a mean or a median of whole scores stays exact (7 and 8 give 750).
 * {@link ScoreCombinations} has the three rules the issue names; a profile may supply another.
 */
public interface ScoreCombination {

    /** {@return a stable code shown in motivations, e.g. {@code mean}} */
    String id();

    /** {@return the rule in words, for motivations} */
    Text description();

    /**
     * Combines {@code count} scores (count ≥ 1) found in {@code scores[0..count)}. May reorder
     * that part of the array.
     *
     * @param scores the scores, the first {@code count} of which count
     * @param count  how many scores, at least 1
     * @return the combined score in hundredths of a point
     */
    long combineHundredths(int[] scores, int count);

    /** {@return whether assessors who differ from the combined score are recorded as dissenting} */
    default boolean recordsDissent() {
        return false;
    }
}
