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
 *
 * @param locale   the report's language: English for an English locale, Dutch for every other
 * @param audience who will read it: public output never shows a private person's name
 */
public record RenderOptions(Locale locale, Audience audience) {

    /** Dutch as spoken in the Netherlands, nl-NL: the default. */
    public static final Locale DUTCH = new Locale("nl", "NL");

    /**
     * Checks that both are given.
     *
     * @param locale   the report's language
     * @param audience who will read it
     */
    public RenderOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(audience, "audience");
    }

    /** {@return Dutch (nl-NL) for the public: the options a report gets unless a caller asks otherwise} */
    public static RenderOptions defaults() {
        return new RenderOptions(DUTCH, Audience.PUBLIC);
    }

    /**
     * These options in another language.
     *
     * @param newLocale the language
     * @return new options; these are unchanged
     */
    public RenderOptions withLocale(Locale newLocale) {
        return new RenderOptions(newLocale, audience);
    }

    /**
     * These options for another audience.
     *
     * @param newAudience who will read it
     * @return new options; these are unchanged
     */
    public RenderOptions withAudience(Audience newAudience) {
        return new RenderOptions(locale, newAudience);
    }

    /** {@return whether the output is in English} */
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
     *
     * @param report the report to render
     * @throws IllegalArgumentException when the report was built in the other language
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
