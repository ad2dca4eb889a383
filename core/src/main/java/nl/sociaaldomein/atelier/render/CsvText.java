package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.text.Printable;

/**
 * One CSV field for a Dutch spreadsheet: RFC 4180 quoting, and text that a spreadsheet could take
 * for a formula is defused as OWASP recommends ("CSV Injection"): a field starting with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}, and is quoted. Control
 * characters are dropped first ({@link Printable#cleaned}), so a NUL or an escape in front of
 * {@code =} cannot hide a formula from that check.
 */
final class CsvText {

    static final char SEPARATOR = ';';
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvText() {
    }

    /** Free text (names, titles, headers): defused and quoted where needed. */
    static String text(String raw) {
        String value = Printable.cleaned(raw);
        if (!value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return quote("'" + value);
        }
        return needsQuotes(value) ? quote(value) : value;
    }

    /**
     * A value the library formatted itself (an amount, a count, a date): never a formula, so a
     * negative amount such as {@code -12000,00} stays a number the spreadsheet can add.
     */
    static String generated(String raw) {
        String value = Printable.cleaned(raw);
        return needsQuotes(value) ? quote(value) : value;
    }

    private static boolean needsQuotes(String value) {
        return value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
