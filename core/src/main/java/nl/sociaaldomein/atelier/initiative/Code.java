package nl.sociaaldomein.atelier.initiative;

import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.text.Text;

/** The shared rule for open vocabularies: lower-case words joined by hyphens, e.g. {@code care-provider}. */
final class Code {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Code() {
    }

    /**
     * {@code example} is a code of the same vocabulary, so the message shows what is meant;
     * {@code what} and {@code wat} name the vocabulary in English and Dutch.
     */
    static String require(String code, String what, String wat, String example) {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new MalformedCodeException(Text.of(
                wat + " bestaat uit kleine letters en cijfers, als woorden verbonden door koppeltekens (bijv. " + example
                    + "), niet '" + code + "'",
                what + " must be lower-case words joined by hyphens (e.g. " + example + "), not '" + code + "'"));
        }
        return code;
    }

    static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
