package nl.sociaaldomein.atelier.assessment;

import java.util.Locale;
import java.util.Objects;

/** A piece of user-facing text in Dutch (the default) and English. */
public record Text(String nl, String en) {

    public Text {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }

    /** English when the locale's language is English, Dutch otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }

    @Override
    public String toString() {
        return nl;
    }
}
