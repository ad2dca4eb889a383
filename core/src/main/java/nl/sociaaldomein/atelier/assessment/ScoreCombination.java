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

    Text description();

    /**
     * Combines {@code count} scores (count ≥ 1) found in {@code scores[0..count)}. May reorder
     * that part of the array.
     */
    long combineHundredths(int[] scores, int count);

    /** {@return whether assessors who differ from the combined score are recorded as dissenting} */
    default boolean recordsDissent() {
        return false;
    }
}
