package nl.sociaaldomein.atelier.profile;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a user reads, in Dutch (the default, and the wording of the sources) and English.
 *
 * @param nl the Dutch text
 * @param en the English text
 */
public record Label(String nl, String en) {

    public Label {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if (nl.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a label needs both a Dutch and an English text, got '" + nl + "' / '" + en + "'");
        }
    }

    /** The English text when the locale's language is English, the Dutch text otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
