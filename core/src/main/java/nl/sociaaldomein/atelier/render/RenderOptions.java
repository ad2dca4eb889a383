package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.initiative.Audience;

/**
 * For whom and in which language a report is rendered. The defaults are Dutch (nl-NL) and
 * {@link Audience#PUBLIC}: a natural person appears as "Particulier" unless a caller asks for an
 * internal rendering explicitly. Locales other than English render in Dutch.
 */
public record RenderOptions(Locale locale, Audience audience) {

    public static final Locale DUTCH = new Locale("nl", "NL");

    public RenderOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(audience, "audience");
    }

    /** Dutch, public. */
    public static RenderOptions defaults() {
        return new RenderOptions(DUTCH, Audience.PUBLIC);
    }

    public RenderOptions withLocale(Locale newLocale) {
        return new RenderOptions(newLocale, audience);
    }

    public RenderOptions withAudience(Audience newAudience) {
        return new RenderOptions(locale, newAudience);
    }

    public boolean isEnglish() {
        return Text.isEnglish(locale);
    }

    /** The language tag the output declares: {@code nl-NL} or {@code en}. */
    public String languageTag() {
        return isEnglish() ? locale.toLanguageTag() : "nl-NL";
    }
}
