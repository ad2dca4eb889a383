package nl.sociaaldomein.atelier.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Dutch (the default, and the wording of the sources) and English:
 * criterion labels, decision motivations, reporting moments. One type for the whole library.
 *
 * @param nl the Dutch wording
 * @param en the English wording
 */
public record Text(String nl, String en) {

    /**
     * Checks that both wordings are given.
     *
     * @param nl the Dutch wording
     * @param en the English wording
     * @throws IllegalArgumentException when either is blank
     */
    public Text {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
        if (nl.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both a Dutch and an English wording, got '" + nl + "' / '" + en + "'");
        }
    }

    /**
     * A text in both languages.
     *
     * @param nl the Dutch wording
     * @param en the English wording
     * @return the text
     */
    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    /**
     * English when the locale's language is English, Dutch otherwise.
     *
     * @param locale the reader's language
     * @return the wording in that language
     */
    public String in(Locale locale) {
        return isEnglish(locale) ? en : nl;
    }

    /**
     * The library's one language rule: English for a locale whose language is English, Dutch
     * (the language of the sources) for every other locale.
     *
     * @param locale the reader's language
     * @return true when the locale's language is English
     */
    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    @Override
    public String toString() {
        return nl;
    }
}
