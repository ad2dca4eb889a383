package nl.sociaaldomein.atelier.initiative;

import java.util.regex.Pattern;

/** The shared rule for open vocabularies: lower-case words joined by hyphens, e.g. {@code care-provider}. */
final class Code {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Code() {
    }

    /** {@code example} is a code of the same vocabulary, so the message shows what is meant. */
    static String require(String code, String what, String example) {
        if (code == null || !FORM.matcher(code).matches()) {
            throw new IllegalArgumentException(
                what + " must be lower-case words joined by hyphens (e.g. " + example + "), not '" + code + "'");
        }
        return code;
    }

    static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
