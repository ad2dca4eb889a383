package nl.sociaaldomein.atelier.profile.tck;

import com.google.inject.CreationException;
import com.google.inject.spi.Message;
import java.util.stream.Collectors;

/**
 * The kit's failure messages: the reason first, on one line, in English and in Dutch, so that a
 * test report shows what is wrong without opening a stack trace.
 */
final class KitFailure {

    private KitFailure() {
    }

    /** A failure whose first line already says what is wrong, in both languages. */
    static final class Stated extends AssertionError {
        private static final long serialVersionUID = 1L;

        Stated(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** "english / dutch: detail" as an assertion failure, with the cause kept for the trace. */
    static AssertionError of(String english, String dutch, String detail, Throwable cause) {
        return new Stated(english + " / " + dutch + (detail.isBlank() ? "" : ": " + detail), cause);
    }

    static AssertionError of(String english, String dutch, String detail) {
        return of(english, dutch, detail, null);
    }

    /**
     * A property's failure with the reason first: the stated failure of the smallest case (or the
     * property's own statement before any other message), then the testkit's seed and cases.
     */
    static AssertionError fromProperty(String english, String dutch, AssertionError failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String first = cause instanceof Stated ? firstLine(cause.getMessage())
            : english + " / " + dutch + ": " + firstLine(String.valueOf(cause.getMessage()));
        return new Stated(first + "\n" + failure.getMessage(), failure);
    }

    /**
     * What went wrong, on one line: Guice's own messages for a binding error, else the message
     * of the deepest cause (a class whose static initialiser threw shows as NoClassDefFoundError
     * first, with the real reason underneath).
     */
    static String reason(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CreationException creation) {
                return creation.getErrorMessages().stream().map(KitFailure::firstLine).collect(Collectors.joining("; "));
            }
        }
        Throwable deepest = thrown;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
        return firstLine(message.replaceFirst("^Exception \\S+: ", "").replaceFirst(" \\[in thread \"[^\"]*\"\\]$", ""));
    }

    private static String firstLine(Message message) {
        return firstLine(message.getMessage());
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }
}
