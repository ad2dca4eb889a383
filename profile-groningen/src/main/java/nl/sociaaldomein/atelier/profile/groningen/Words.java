package nl.sociaaldomein.atelier.profile.groningen;

import java.util.Locale;

/** Dutch unless the locale is English, as the library's renderers do. */
record Words(String nl, String en) {

    String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
