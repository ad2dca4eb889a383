package nl.sociaaldomein.atelier.text;

/**
 * Text from a file made safe to show. A file may hold characters that act rather than show: a
 * terminal escape ({@code ESC ] 0 ; title BEL}) retitles or clears the terminal an error message
 * is printed to, a NUL hides what follows it from a spreadsheet's formula check, a direction
 * override reorders a line on screen, and a lone surrogate is not a character at all (strict JSON
 * parsers refuse {@code \uD800}, UTF-8 writers turn it into {@code ?}). Two rules, one place:
 *
 * <ul>
 *   <li>{@link #escaped}: for messages, which must show what the file holds: each such character
 *       becomes its escape, {@code \u001b};</li>
 *   <li>{@link #cleaned}: for reports, which show the text: control characters are dropped and a
 *       lone surrogate (or the non-character U+FFFE, U+FFFF) becomes U+FFFD, the same in every
 *       output format.</li>
 * </ul>
 */
public final class Printable {

    private static final char REPLACEMENT = '\uFFFD';

    private Printable() {
    }

    /**
     * One line for a message: every control character (line breaks and tabs too), direction
     * control and lone surrogate written as {@code \u001b}; everything else as it is.
     *
     * @param text any text, e.g. from a user's file
     * @return the text on one line, safe to print in a message or log
     */
    public static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        int i = firstToEscape(text);
        if (i < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (mustEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text for a report: control characters other than tab, line feed and carriage return (which
     * each format handles in its own way) are dropped, and a lone surrogate or a non-character
     * becomes U+FFFD.
     *
     * @param text any text, e.g. from a user's file
     * @return the text, safe to put in a report
     */
    public static String cleaned(String text) {
        int i = firstToClean(text);
        if (i < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || isNonCharacter(c)) {
                out.append(REPLACEMENT);
            } else if (!isDroppedControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A C0 or C1 control character or DEL, except tab, line feed and carriage return.
     *
     * @param c the character
     * @return true when {@link #cleaned} drops it
     */
    public static boolean isDroppedControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (mustEscape(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstToClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isNonCharacter(c) || isDroppedControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** U+FFFE and U+FFFF are no characters at all; XML refuses them, so every format replaces them alike. */
    private static boolean isNonCharacter(char c) {
        return c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean mustEscape(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || isDirectionControl(c)
            || c == '\u2028' || c == '\u2029';
    }

    /** The marks and overrides of the Unicode bidirectional algorithm ("Trojan Source"). */
    private static boolean isDirectionControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069');
    }
}
