package nl.sociaaldomein.atelier.calendar;

import nl.sociaaldomein.atelier.text.Text;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Month names in Dutch and English, read case-insensitively ("Maart", "maart", "March", "mrt"). */
final class MonthNames {

    private static final Locale DUTCH = new Locale("nl", "NL");

    private MonthNames() {
    }

    static Optional<Month> parse(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month month : Month.values()) {
            for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
                if (n.equals(month.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale))
                    || n.equals(month.getDisplayName(TextStyle.SHORT, locale).toLowerCase(locale).replace(".", ""))) {
                    return Optional.of(month);
                }
            }
        }
        return Optional.empty();
    }

    static String name(Month month, Locale locale) {
        return month.getDisplayName(TextStyle.FULL, Text.isEnglish(locale) ? Locale.ENGLISH : DUTCH);
    }
}
