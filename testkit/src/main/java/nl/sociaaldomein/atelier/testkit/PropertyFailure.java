package nl.sociaaldomein.atelier.testkit;

/**
 * A property did not hold. The message names the seed that replays the case, the smallest
 * failing case found and the original one; the cause is the failure of the smallest case.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /** The seed that replays the failing case. */
    private final long seed;
    private final transient Object smallestCase;

    PropertyFailure(String message, long seed, Object smallestCase, Throwable cause) {
        super(message, cause);
        this.seed = seed;
        this.smallestCase = smallestCase;
    }

    /** {@return the seed that replays the failing case with {@code -Datelier.seed=<seed>}} */
    public long seed() {
        return seed;
    }

    /** {@return the smallest failing case the shrinker found (null once the failure is deserialised)} */
    public Object smallestCase() {
        return smallestCase;
    }
}
