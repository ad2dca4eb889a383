package nl.sociaaldomein.atelier.testkit;

import java.util.Optional;

/**
 * The knobs a run reads from system properties, so a failing run can be replayed from the
 * command line without touching code:
 * <ul>
 *   <li>{@code -Datelier.tries=N}: cases per property (default 1000);</li>
 *   <li>{@code -Datelier.seed=S}: run only the case with seed S, as printed by a failure.</li>
 * </ul>
 */
public record Settings(int tries, Optional<Long> replaySeed, int maxShrinkAttempts) {

    public static final int DEFAULT_TRIES = 1000;

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
     */
    public boolean isFullRun() {
        return replaySeed.isEmpty() && tries >= DEFAULT_TRIES;
    }

    /** Shorthand for {@code fromSystemProperties().isFullRun()}. */
    public static boolean fullRun() {
        return fromSystemProperties().isFullRun();
    }

    public Settings withTries(int newTries) {
        return new Settings(newTries, replaySeed, maxShrinkAttempts);
    }

    public Settings withMaxShrinkAttempts(int attempts) {
        return new Settings(tries, replaySeed, attempts);
    }
}
