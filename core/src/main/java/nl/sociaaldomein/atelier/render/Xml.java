package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.text.Printable;

/**
 * Escaping for HTML that is also well-formed XML (XHTML), used for every text in the HTML and
 * SVG output. Characters XML 1.0 forbids cannot reach the document: control characters are
 * dropped and a lone surrogate becomes U+FFFD, as in every format ({@link Printable#cleaned}).
 */
final class Xml {

    private Xml() {
    }

    static String escape(String raw) {
        String text = Printable.cleaned(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                // A raw CR would be read back as a line feed (XML end-of-line handling).
                case '\r': out.append("&#13;"); break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
