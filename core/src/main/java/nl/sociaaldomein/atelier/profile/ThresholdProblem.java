package nl.sociaaldomein.atelier.profile;

import java.util.Objects;

/**
 * One threshold that is not valid, with its full key, e.g.
 * {@code thresholds.min-per-initiative: must not be more than max-per-initiative (25000), is 30000}.
 *
 * @param key     the threshold's full key, e.g. {@code thresholds.min-per-initiative}
 * @param message what is wrong with its value
 */
public record ThresholdProblem(String key, String message) {

    /**
     * Checks that both are given.
     *
     * @param key     the threshold's full key
     * @param message what is wrong with its value
     */
    public ThresholdProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return key + ": " + message;
    }
}
