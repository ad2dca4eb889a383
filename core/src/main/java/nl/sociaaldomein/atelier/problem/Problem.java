package nl.sociaaldomein.atelier.problem;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.text.Text;

/**
 * One thing wrong, for the caller's reasons: a stable {@code code} to react on (lower-case words
 * and dots, e.g. {@code ledger.exceeds-remaining}, {@code input.unknown-field}; codes are listed
 * in docs/embedding.md and never change meaning), its {@link ProblemKind}, its {@link Place} and
 * its message in Dutch and English. Every public operation that can fail for the caller's reasons
 * reports this type, in a {@link Result}.
 *
 * @param code    the stable code to react on, e.g. {@code ledger.exceeds-remaining}
 * @param kind    invalid input, a conflict with what is recorded, or something not found
 * @param place   where the problem is: in a file, about a subject, or nowhere
 * @param message what is wrong, in Dutch and English
 */
public record Problem(String code, ProblemKind kind, Place place, Text message) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");

    /**
     * Checks the problem.
     *
     * @param code    the stable code, dotted kebab-case words
     * @param kind    invalid, conflict or not found
     * @param place   where the problem is
     * @param message the message in Dutch and English
     * @throws IllegalArgumentException when the code is not dotted kebab-case words
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a problem code is dotted kebab-case words, e.g. ledger.exceeds-remaining, not '" + code + "'");
        }
    }

    /**
     * An input problem: the input is wrong in itself.
     *
     * @param code  the stable code
     * @param place where the problem is
     * @param nl    the message in Dutch
     * @param en    the message in English
     * @return the problem, of kind {@link ProblemKind#INVALID}
     */
    public static Problem invalid(String code, Place place, String nl, String en) {
        return new Problem(code, ProblemKind.INVALID, place, Text.of(nl, en));
    }

    /**
     * The input is fine but the state does not allow it.
     *
     * @param code  the stable code
     * @param place where the problem is
     * @param nl    the message in Dutch
     * @param en    the message in English
     * @return the problem, of kind {@link ProblemKind#CONFLICT}
     */
    public static Problem conflict(String code, Place place, String nl, String en) {
        return new Problem(code, ProblemKind.CONFLICT, place, Text.of(nl, en));
    }

    /**
     * The input names something that does not exist.
     *
     * @param code  the stable code
     * @param place where the problem is
     * @param nl    the message in Dutch
     * @param en    the message in English
     * @return the problem, of kind {@link ProblemKind#NOT_FOUND}
     */
    public static Problem notFound(String code, Place place, String nl, String en) {
        return new Problem(code, ProblemKind.NOT_FOUND, place, Text.of(nl, en));
    }

    /**
     * The message in the caller's language (English for an English locale, Dutch otherwise).
     *
     * @param locale the caller's language
     * @return the message
     */
    public String message(Locale locale) {
        return message.in(locale);
    }

    /**
     * {@code place: message} in the given language, or just the message when the place is nowhere.
     *
     * @param locale the caller's language
     * @return one line for a person
     */
    public String describe(Locale locale) {
        String where = place.toString();
        return where.isEmpty() ? message.in(locale) : where + ": " + message.in(locale);
    }

    /** The Dutch description with the code, for logs: {@code [ledger.exceeds-remaining] pot 'wmo': …}. */
    @Override
    public String toString() {
        return "[" + code + "] " + describe(Locale.forLanguageTag("nl-NL"));
    }
}
