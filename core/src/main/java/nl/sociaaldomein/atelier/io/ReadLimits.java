package nl.sociaaldomein.atelier.io;

/**
 * Bounds on what a reader accepts, so a hostile or broken file cannot exhaust memory or the
 * stack. The defaults are far above any real portfolio (Groningen's 2016 round is 43 ideas).
 *
 * @param maxBytes     the largest file read at all
 * @param maxDepth     the deepest nesting of objects and arrays
 * @param maxTextChars the longest single text value
 */
public record ReadLimits(long maxBytes, int maxDepth, int maxTextChars) {

    /** 64 MiB, nesting 64 deep, texts up to 100,000 characters: what every reader uses unless told otherwise. */
    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 64, 100_000);

    /**
     * Checks that every limit is positive.
     *
     * @param maxBytes     the largest file read at all
     * @param maxDepth     the deepest nesting of objects and arrays
     * @param maxTextChars the longest single text value
     * @throws IllegalArgumentException when a limit is zero or negative
     */
    public ReadLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
