package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Objects;

/**
 * One reason why input or an operation was rejected: where (e.g. "initiative 12, criterion
 * substitution") and what is wrong, in Dutch and English. Rejections collect every problem found.
 */
public record Problem(String where, Text message) {

    public Problem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(String where, String nl, String en) {
        return new Problem(where, Text.of(nl, en));
    }

    @Override
    public String toString() {
        return where + ": " + message.nl();
    }
}
