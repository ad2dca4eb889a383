package nl.sociaaldomein.atelier.io;

import java.util.Objects;

/**
 * One thing wrong with an input file, with where it is: the file, line and column (1-based; 0
 * when not known), the JSON path (a JSON Pointer such as {@code /initiatives/12/requestedAmount},
 * the same for YAML), and a message a civil servant understands.
 */
public record InputProblem(String file, int line, int column, String path, String message) {

    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code portfolio.yaml:12:7: /initiatives/3/requestedAmount: amount must not be negative: -5} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
