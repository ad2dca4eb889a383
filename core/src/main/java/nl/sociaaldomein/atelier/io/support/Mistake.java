package nl.sociaaldomein.atelier.io.support;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.initiative.MalformedCodeException;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;

/**
 * What is wrong with one value of a file, before it is placed: the stable code of the kind of
 * mistake ({@code input.amount-invalid}) and the message in Dutch and English. A reader places it
 * at a JSON path through {@link ReadContext#problem(String, Mistake)}.
 *
 * @param code the stable code, as listed in docs/embedding.md
 * @param text the message in Dutch and English
 */
public record Mistake(String code, Text text) {

    /**
     * Checks that both parts are there.
     *
     * @param code the stable code, as listed in docs/embedding.md
     * @param text the message in Dutch and English
     */
    public Mistake {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A mistake with its Dutch and English message.
     *
     * @param code the stable code, such as {@code input.amount-invalid}
     * @param nl   the message in Dutch
     * @param en   the message in English
     * @return the mistake
     */
    public static Mistake of(String code, String nl, String en) {
        return new Mistake(code, Text.of(nl, en));
    }

    /**
     * The first problem of a value parser ({@code MoneyFormat.parsePlain}, {@code PartialDate.parseDay},
     * {@code ThresholdKey.parse}) under a reader's code: a value parser reports one reason, already
     * in both languages.
     *
     * @param code     the reader's code for this kind of mistake
     * @param problems the parser's problems; must not be empty
     * @return the mistake with the first problem's message
     */
    public static Mistake of(String code, List<Problem> problems) {
        return new Mistake(code, problems.get(0).message());
    }

    /**
     * A value type's refusal: in both languages when the type words it so (a malformed code of an
     * open vocabulary), else as {@link #ofRule(String, String)} with its English reason.
     *
     * @param code the stable code of the reader's problem
     * @param refusal what the value type threw
     * @return the mistake
     */
    public static Mistake ofRule(String code, IllegalArgumentException refusal) {
        return refusal instanceof MalformedCodeException malformed ? new Mistake(code, malformed.text())
            : ofRule(code, refusal.getMessage());
    }

    /**
     * A domain rule's refusal (an {@code IllegalArgumentException} from a value type's check), which
     * speaks English only: the Dutch message says what happened and quotes the rule's words.
     *
     * @param code          the reader's code, such as {@code input.inconsistent}
     * @param englishReason the exception's message; "not valid" when there is none
     * @return the mistake
     */
    public static Mistake ofRule(String code, String englishReason) {
        String reason = englishReason == null || englishReason.isBlank() ? "not valid" : englishReason;
        return of(code, "voldoet niet aan de regel: " + reason, reason);
    }
}
