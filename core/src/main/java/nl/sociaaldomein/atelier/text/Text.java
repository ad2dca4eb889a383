package nl.sociaaldomein.atelier.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Dutch (the default, and the wording of the sources) and English:
 * criterion labels, decision motivations, reporting moments. One type for the whole library.
 */
public record Text(String nl, String en) {

    public Text {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if (nl.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both a Dutch and an English wording, got '" + nl + "' / '" + en + "'");
        }
    }

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    /** English when the locale's language is English, Dutch otherwise. */
    public String in(Locale locale) {
        return isEnglish(locale) ? en : nl;
    }

    /**
     * The library's one language rule: English for a locale whose language is English, Dutch
     * (the language of the sources) for every other locale.
     */
    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return nl;
    }
}
