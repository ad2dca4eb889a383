package nl.sociaaldomein.atelier.testkit;

import java.util.Optional;

/**
 * The knobs a run reads from system properties, so a failing run can be replayed from the
 * command line without touching code:
 * <ul>
 *   <li>{@code -Datelier.tries=N}: cases per property (default 1000);</li>
 *   <li>{@code -Datelier.seed=S}: run only the case with seed S, as printed by a failure.</li>
 * </ul>
 *
 * @param tries             cases per property
 * @param replaySeed        the seed of the one case to run, when replaying
 * @param maxShrinkAttempts the most attempts to shrink a failing case
 */
public record Settings(int tries, Optional<Long> replaySeed, int maxShrinkAttempts) {

    /** Cases per property when {@code atelier.tries} is not set. */
    public static final int DEFAULT_TRIES = 1000;

    /**
     * The settings from {@code atelier.tries} and {@code atelier.seed}, with up to 5000 shrink attempts.
     *
     * @return the settings
     * @throws NumberFormatException when {@code atelier.seed} is not a whole number
     */
    public static Settings fromSystemProperties() {
        int tries = Integer.getInteger("atelier.tries", DEFAULT_TRIES);
        String seed = System.getProperty("atelier.seed");
        Optional<Long> replay = seed == null || seed.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(seed.trim()));
        return new Settings(tries, replay, 5_000);
    }

    /**
     * Whether this is a full-length run: no replay seed and at least the default number of cases.
     * Assertions about what the generated cases reached ({@link Tally}) only make sense then: a
     * replay runs one case, and a short run may simply not reach a rare path.
     *
     * @return true for a full-length run
     */
    public boolean isFullRun() {
        return replaySeed.isEmpty() && tries >= DEFAULT_TRIES;
    }

    /**
     * Shorthand for {@code fromSystemProperties().isFullRun()}.
     *
     * @return true when the run's settings make a full-length run
     */
    public static boolean fullRun() {
        return fromSystemProperties().isFullRun();
    }

    /**
     * These settings with another number of cases.
     *
     * @param newTries cases per property
     * @return new settings; these are unchanged
     */
    public Settings withTries(int newTries) {
        return new Settings(newTries, replaySeed, maxShrinkAttempts);
    }

    /**
     * These settings with another cap on shrinking.
     *
     * @param attempts the most attempts to shrink a failing case
     * @return new settings; these are unchanged
     */
    public Settings withMaxShrinkAttempts(int attempts) {
        return new Settings(tries, replaySeed, attempts);
    }
}
