package nl.sociaaldomein.atelier.assessment;

/** The whole-number scale an assessor scores on, e.g. 0 to 10. */
public record Scale(int min, int max) {

    /** Pass (1) or fail (0): the scale of a knock-out criterion judged by assessors. */
    public static final Scale PASS_FAIL = new Scale(0, 1);

    public Scale {
        if (min < 0 || max <= min) {
            throw new IllegalArgumentException("a scale runs from a non-negative minimum to a larger maximum, not " + min + ".." + max);
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
