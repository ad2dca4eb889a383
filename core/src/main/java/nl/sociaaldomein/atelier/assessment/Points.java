package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Locale;

/** Writes a score held in hundredths of a point: 750 is "7,5" in Dutch and "7.5" in English. */
public final class Points {

    private Points() {
    }

    /**
     * A score for people.
     *
     * @param hundredths the score in hundredths of a point
     * @param locale     the reader's language
     * @return the score with its decimals as needed, e.g. {@code 7,5} in Dutch
     */
    public static String format(long hundredths, Locale locale) {
        String sign = hundredths < 0 ? "-" : "";
        long magnitude = Math.abs(hundredths);
        long whole = magnitude / 100;
        long fraction = magnitude % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        String digits = fraction % 10 == 0 ? Long.toString(fraction / 10) : String.format(Locale.ROOT, "%02d", fraction);
        return sign + whole + (Text.isEnglish(locale) ? "." : ",") + digits;
    }
}
