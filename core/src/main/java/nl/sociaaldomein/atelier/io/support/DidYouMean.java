package nl.sociaaldomein.atelier.io.support;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known name closest to a misspelt one ("titel" → "title"), when one is close. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** Beyond this many known names a suggestion is a guess, and comparing with each would cost more than it helps. */
    public static final int MOST_COMPARED = 1_000;

    /**
     * The known name closest to {@code given}, ignoring case, when it differs by at most a third of the
     * word (and always two edits are tolerated).
     *
     * @param given the name found in a file
     * @param known the names that are allowed there
     * @return the closest known name; empty when none is close or there are more than {@link #MOST_COMPARED}
     */
    public static Optional<String> closest(String given, Collection<String> known) {
        if (known.size() > MOST_COMPARED) {
            return Optional.empty();
        }
        // Close means: at most a third of the word differs, and two edits (one swap) are always tolerated.
        int tolerated = Math.max(2, given.length() / 3);
        String lower = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            // The distance is at least the difference in length: a 100.000-character name is never compared letter by letter.
            if (Math.abs(candidate.length() - given.length()) > tolerated) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /**
     * Levenshtein distance: the fewest single-character insertions, deletions and substitutions.
     *
     * @param a one text
     * @param b the other text
     * @return the distance, 0 when equal (case counts)
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
