package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.text.Printable;

/**
 * Escaping for GitHub-flavoured Markdown. Every ASCII punctuation character Markdown may treat as
 * syntax inside a line is backslash-escaped (CommonMark allows a backslash before any ASCII
 * punctuation), line breaks become spaces in cells and headings, and lines of running text
 * cannot start a heading, list, quote or code block. Control characters are dropped and a lone
 * surrogate becomes U+FFFD, as in every format ({@link Printable#cleaned}).
 */
final class MarkdownText {

    /** Active anywhere in a line: emphasis, code, links, images, HTML, entities, tables, strikethrough. */
    private static final String INLINE_ACTIVE = "\\`*_[]<>&|~!";
    /** Active at the start of a line: headings, lists, quotes, setext underlines, thematic breaks. */
    private static final String LINE_START_ACTIVE = "#-+=>";

    private MarkdownText() {
    }

    /** Text for a table cell or a heading: one line, nothing that can end the cell or the table. */
    static String inline(String raw) {
        String text = Printable.cleaned(raw);
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (INLINE_ACTIVE.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Running text: each line escaped inline, and none may open a block construct. */
    static String block(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            String escaped = inline(line);
            if (!escaped.isEmpty() && LINE_START_ACTIVE.indexOf(escaped.charAt(0)) >= 0) {
                escaped = "\\" + escaped;
            }
            // "1. " or "1) " at the start would begin an ordered list.
            escaped = escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
            out.append(escaped).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
