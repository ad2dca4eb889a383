package nl.sociaaldomein.atelier.render;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.initiative.Audience;

/**
 * For whom and in which language a report is rendered. The defaults are Dutch (nl-NL) and
 * {@link Audience#PUBLIC}: a natural person appears as "Particulier" unless a caller asks for an
 * internal rendering explicitly. Locales other than English render in Dutch.
 *
 * <p>The language is chosen once, here: {@link Reports#build} builds a report in these options'
 * language and a renderer writes it in the same one (a report built in one language and rendered
 * in the other is refused, see {@link #requireLanguageOf}).
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

    /** {@return the language tag the output declares: {@code nl-NL} or {@code en}} */
    public String languageTag() {
        return isEnglish() ? locale.toLanguageTag() : "nl-NL";
    }

    /**
     * Refuses to render a report built in the other language: its headings would be in one
     * language and the renderer's labels in the other. A programming error, not a user's: build
     * and render with the same options ({@link Reports#render}).
     */
    public void requireLanguageOf(Report report) {
        report.language().ifPresent(built -> {
            if (Text.isEnglish(built) != isEnglish()) {
                throw new IllegalArgumentException("report '" + report.title() + "' was built in " + name(Text.isEnglish(built))
                    + " and cannot be rendered in " + name(isEnglish())
                    + ": choose the language once, in RenderOptions, and build and render with it (Reports.render)");
            }
        });
    }

    private static String name(boolean english) {
        return english ? "English" : "Dutch";
    }
}
