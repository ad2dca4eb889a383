package nl.sociaaldomein.atelier.assessment;

/**
 * The whole-number scale an assessor scores on, e.g. 0 to 10.
 *
 * @param min the lowest score, not negative
 * @param max the highest score, above {@code min}
 */
public record Scale(int min, int max) {

    /** Pass (1) or fail (0): the scale of a knock-out criterion judged by assessors. */
    public static final Scale PASS_FAIL = new Scale(0, 1);

    /**
     * Checks the bounds.
     *
     * @param min the lowest score, not negative
     * @param max the highest score, above {@code min}
     * @throws IllegalArgumentException when the minimum is negative or not below the maximum
     */
    public Scale {
        if (min < 0 || max <= min) {
            throw new IllegalArgumentException("a scale runs from a non-negative minimum to a larger maximum, not " + min + ".." + max);
        }
    }

    /**
     * Whether a score lies on the scale.
     *
     * @param score the score
     * @return true from the minimum to the maximum inclusive
     */
    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
