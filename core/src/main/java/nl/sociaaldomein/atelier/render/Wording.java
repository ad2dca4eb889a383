package nl.sociaaldomein.atelier.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Percentage;
import nl.sociaaldomein.atelier.report.Text;

/**
 * How values read in a report language, shared by every renderer (and by formats a profile adds).
 * Dutch: {@code € 887.685}, {@code 30-06-2016} (zero-padded, unlike the sources' {@code 30-6-2016},
 * so columns line up), {@code maart 2018}, {@code 88,8%}, {@code 1.234}. English: {@code €887,685},
 * {@code 30 June 2016}, {@code March 2018}, {@code 88.8%}, {@code 1,234}. Unescaped: each
 * renderer escapes the result for its format.
 */
public final class Wording {

    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    /**
     * A report text as a reader sees it: a label in the options' language, a literal as it is.
     *
     * @param text    the text
     * @param options the language
     * @return the words
     */
    public static String text(Text text, RenderOptions options) {
        if (text instanceof Label) {
            return label((Label) text, options);
        }
        return ((Text.Literal) text).value();
    }

    /**
     * A label in the options' language.
     *
     * @param label   the label
     * @param options the language
     * @return the words
     */
    public static String label(Label label, RenderOptions options) {
        return options.isEnglish() ? label.english() : label.dutch();
    }

    /**
     * A cell as a reader sees it; a party's name as the audience may see it.
     *
     * @param cell    the cell
     * @param options the language and audience
     * @return the words
     */
    public static String cell(Cell cell, RenderOptions options) {
        if (cell instanceof Cell.TextCell) {
            return text(((Cell.TextCell) cell).text(), options);
        } else if (cell instanceof Cell.MoneyCell) {
            return money(((Cell.MoneyCell) cell).amount(), options);
        } else if (cell instanceof Cell.DateCell) {
            return date(((Cell.DateCell) cell).date(), options);
        } else if (cell instanceof Cell.CountCell) {
            return count(((Cell.CountCell) cell).count(), options);
        } else if (cell instanceof Cell.PercentageCell) {
            return percentage(((Cell.PercentageCell) cell).percentage(), options);
        } else if (cell instanceof Cell.MarkCell) {
            return ((Cell.MarkCell) cell).marked() ? "x" : "";
        } else if (cell instanceof Cell.PartyCell) {
            return ((Cell.PartyCell) cell).applicant().nameFor(options.audience());
        }
        return "";
    }

    /**
     * An amount as the language writes it: {@code € 887.685} in Dutch, {@code €887,685} in English.
     *
     * @param amount  the amount
     * @param options the language
     * @return the words
     */
    public static String money(Money amount, RenderOptions options) {
        return MoneyFormat.forLocale(options.locale()).format(amount);
    }

    /**
     * A date at its precision, as the language writes it: {@code 30-06-2016}, {@code maart 2018}, {@code 2016}.
     *
     * @param date    the date
     * @param options the language
     * @return the words; empty for an unknown date
     */
    public static String date(PartialDate date, RenderOptions options) {
        if (date.precision() == PartialDate.Precision.DAY) {
            LocalDate day = date.toLocalDate().orElseThrow();
            return (options.isEnglish() ? ENGLISH_DAY : DUTCH_DAY).format(day);
        }
        String formatted = date.format(options.locale());
        // Dutch writes month names in lower case mid-sentence and in tables: "maart 2018".
        return options.isEnglish() ? formatted : formatted.toLowerCase(RenderOptions.DUTCH);
    }

    /**
     * A day as the language writes it: {@code 30-06-2016} in Dutch.
     *
     * @param date    the day
     * @param options the language
     * @return the words
     */
    public static String date(LocalDate date, RenderOptions options) {
        return date(PartialDate.of(date), options);
    }

    /**
     * A whole number with the language's grouping: {@code 1.000} in Dutch, {@code 1,000} in English.
     *
     * @param count   the number
     * @param options the language
     * @return the words
     */
    public static String count(long count, RenderOptions options) {
        String signed = Long.toString(count);
        String digits = count < 0 ? signed.substring(1) : signed;
        StringBuilder out = new StringBuilder(count < 0 ? "-" : "");
        char group = options.isEnglish() ? ',' : '.';
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(group).append(digits, i, i + 3);
        }
        return out.toString();
    }

    /**
     * One decimal, with the language's decimal sign: {@code 88,8%}.
     *
     * @param percentage the percentage
     * @param options    the language
     * @return the words
     */
    public static String percentage(Percentage percentage, RenderOptions options) {
        String plain = percentage.percent().toPlainString();
        return (options.isEnglish() ? plain : plain.replace('.', ',')) + "%";
    }
}
