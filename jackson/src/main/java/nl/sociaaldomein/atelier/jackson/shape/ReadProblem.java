package nl.sociaaldomein.atelier.jackson.shape;

import java.util.Objects;

/**
 * One thing wrong with a JSON document being read: where, as a JSON path from the value being
 * read ({@code $.initiatives[2].requestedAmount.cents}), and what.
 *
 * @param path    the JSON path
 * @param message what is wrong, in words for the developer who sent it
 */
public record ReadProblem(String path, String message) {

    /**
     * A problem.
     *
     * @param path    the JSON path
     * @param message what is wrong
     */
    public ReadProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
