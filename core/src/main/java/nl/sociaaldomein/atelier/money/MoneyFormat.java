package nl.sociaaldomein.atelier.money;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Formats and parses amounts the way people write them.
 *
 * <p>{@link #DUTCH} is the form of the sources: {@code € 887.685}, {@code € 12.000,50}; whole
 * amounts are written without cents, as the council letters do. Parsing accepts every form the
 * sources use ({@code € 887.685}, {@code 887.685,-}, {@code € 12.000,50}, {@code € 2.435}).
 * {@link #ENGLISH} writes {@code €887,685} and {@code €12,000.50}.
 *
 * <p>Files use the {@linkplain #parsePlain plain machine form} instead: a decimal number of euros
 * with a point and at most two decimals ({@code 887685}, {@code 12000.50}); see
 * {@code docs/portfolio-format.md}.
 */
public final class MoneyFormat {

    /** Dutch, as the sources write amounts: {@code € 887.685}, {@code € 12.000,50}. */
    public static final MoneyFormat DUTCH = new MoneyFormat('.', ',', "€ ");
    /** English: {@code €887,685}, {@code €12,000.50}. */
    public static final MoneyFormat ENGLISH = new MoneyFormat(',', '.', "€");

    private static final Pattern DUTCH_TEXT = Pattern.compile(
        "\\s*(-)?\\s*(?:€|EUR)?\\s*(-)?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}|-{1,2}))?\\s*");
    private static final Pattern PLAIN = Pattern.compile("(-)?(\\d+)(?:\\.(\\d+))?");

    private final char groupSeparator;
    private final char decimalSeparator;
    private final String symbol;

    private MoneyFormat(char groupSeparator, char decimalSeparator, String symbol) {
        this.groupSeparator = groupSeparator;
        this.decimalSeparator = decimalSeparator;
        this.symbol = symbol;
    }

    /**
     * The format for a report language: Dutch unless the language is English.
     *
     * @param locale the report's language
     * @return {@link #ENGLISH} for an English locale, {@link #DUTCH} otherwise
     */
    public static MoneyFormat forLocale(Locale locale) {
        return Text.isEnglish(locale) ? ENGLISH : DUTCH;
    }

    /**
     * The amount as people read it: whole euros without cents, others with two decimals.
     *
     * @param amount the amount
     * @return the text, e.g. {@code € 887.685} or {@code € 12.000,50} in Dutch
     */
    public String format(Money amount) {
        String[] parts = eurosAndCents(amount);
        String euros = parts[0];
        String rest = parts[1];
        StringBuilder out = new StringBuilder(symbol);
        if (amount.isNegative()) {
            out.append('-');
        }
        appendGrouped(out, euros);
        if (!"00".equals(rest)) {
            out.append(decimalSeparator).append(rest);
        }
        return out.toString();
    }

    /**
     * Always with two decimals and no grouping, e.g. for CSV: {@code 887685,00}.
     *
     * @param amount the amount
     * @return the text, with this format's decimal separator
     */
    public String formatPlainDecimal(Money amount) {
        String plain = toPlain(amount);
        if (!plain.contains(".")) {
            plain = plain + ".00";
        }
        return plain.replace('.', decimalSeparator);
    }

    private void appendGrouped(StringBuilder out, String digits) {
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            out.append(groupSeparator).append(digits, i, i + 3);
        }
    }

    /**
     * Parses an amount as Dutch text is written: {@code € 887.685}, {@code 887.685,-},
     * {@code € 12.000,50}. When the text is not an amount: the problem {@code money.not-an-amount}
     * or {@code money.too-large}, in Dutch and English, placed nowhere (the caller knows where the
     * text came from and may place it with {@link Result#mapProblems}).
     *
     * @param text the text as a person wrote it
     * @return the amount, or the problem
     */
    public static Result<Money> parseDutch(String text) {
        Matcher m = DUTCH_TEXT.matcher(text.replace('\u00a0', ' '));
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            return problem("money.not-an-amount",
                "geen bedrag in euro's: '" + text + "' (verwacht bijvoorbeeld € 887.685 of € 12.000,50)",
                "not an amount in euros: '" + text + "' (expected e.g. € 887.685 or € 12.000,50)");
        }
        boolean negative = m.group(1) != null || m.group(2) != null;
        String euros = m.group(3).replace(".", "");
        String fraction = m.group(4);
        String cents = fraction == null || fraction.startsWith("-") ? "00"
            : fraction.length() == 1 ? fraction + "0" : fraction;
        return fromDigits(negative, euros, cents, text);
    }

    /**
     * Parses the machine form used in files: a decimal number of euros with a point and at most
     * two decimals ({@code 887685}, {@code 12000.5}, {@code 12000.50}), without leading zeros.
     * Otherwise one of the problems {@code money.not-an-amount}, {@code money.leading-zero},
     * {@code money.fraction-of-a-cent}, {@code money.too-large}, in Dutch and English, placed nowhere.
     *
     * @param text the text from a file
     * @return the amount, or the problem
     */
    public static Result<Money> parsePlain(String text) {
        Matcher m = PLAIN.matcher(text.trim());
        if (m.matches() && m.group(2).length() > 1 && m.group(2).startsWith("0")) {
            // YAML 1.1 reads an unquoted 010000 as octal (4096); the quoted form must not mean something else.
            return problem("money.leading-zero",
                "geen bedrag in euro's: '" + text + "' begint met 0 (schrijf het zonder voorloopnullen, zoals 10000)",
                "not an amount in euros: '" + text + "' starts with 0 (write it without leading zeros, such as 10000)");
        }
        if (!m.matches()) {
            return problem("money.not-an-amount",
                "geen bedrag in euro's: '" + text + "' (verwacht een getal zoals 887685 of 12000.50)",
                "not an amount in euros: '" + text + "' (expected a number such as 887685 or 12000.50)");
        }
        String fraction = m.group(3) == null ? "" : m.group(3);
        String significant = withoutTrailingZeros(fraction);
        if (significant.length() > 2) {
            return problem("money.fraction-of-a-cent", "bedrag heeft een fractie van een cent: " + text,
                "amount has a fraction of a cent: " + text);
        }
        String cents = (significant + "00").substring(0, 2);
        return fromDigits(m.group(1) != null, m.group(2), cents, text);
    }

    /** Without its trailing zeros; by hand, as {@code replaceAll} would compile a pattern for every amount a journal holds. */
    private static String withoutTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    /**
     * The machine form written to files: {@code 887685} or {@code 12000.50}; parsePlain reads it back.
     *
     * @param amount the amount
     * @return the text, with two decimals only when there are cents
     */
    public static String toPlain(Money amount) {
        String[] parts = eurosAndCents(amount);
        return (amount.isNegative() ? "-" : "") + parts[0] + ("00".equals(parts[1]) ? "" : "." + parts[1]);
    }

    /** The magnitude's whole euros and two-digit cents as digit strings. */
    private static String[] eurosAndCents(Money amount) {
        long cents = amount.cents();
        // Long.MIN_VALUE has no positive counterpart; the unsigned reading of -cents is its magnitude.
        String magnitude = Long.toUnsignedString(cents < 0 ? -cents : cents);
        if (magnitude.length() < 3) {
            magnitude = "0".repeat(3 - magnitude.length()) + magnitude;
        }
        int split = magnitude.length() - 2;
        return new String[] {magnitude.substring(0, split), magnitude.substring(split)};
    }

    private static Result<Money> fromDigits(boolean negative, String euros, String cents, String text) {
        try {
            long euroCents = Math.multiplyExact(Long.parseLong(euros), 100L);
            long rest = Long.parseLong(cents);
            // Subtract for negatives rather than negate at the end: -92233720368547758.08 is
            // Long.MIN_VALUE cents, whose magnitude does not fit in a long.
            return Result.ok(Money.ofCents(negative
                ? Math.subtractExact(-euroCents, rest) : Math.addExact(euroCents, rest)));
        } catch (NumberFormatException | ArithmeticException e) {
            return problem("money.too-large", "bedrag is te groot: " + text, "amount is too large: " + text);
        }
    }

    private static Result<Money> problem(String code, String nl, String en) {
        return Result.failed(Problem.invalid(code, Place.NOWHERE, nl, en));
    }
}
