package nl.sociaaldomein.atelier.experiment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Locale;
import java.util.Objects;

/**
 * An inconsistency in a published register row, reported and never corrected: the row's number as
 * published, the kind, and the reason in Dutch (default) and English.
 *
 * @param number  the row's number as published
 * @param kind    what kind of inconsistency it is
 * @param dutch   the reason in Dutch
 * @param english the reason in English
 */
public record DataQualityWarning(String number, Kind kind, String dutch, String english) {

    /** The checks. */
    public enum Kind {
        /** Years marked with an x before the start year or after the end year. */
        YEARS_MARKED_OUTSIDE_PERIOD,
        /** Years between start and end (or the report date) without an x. */
        YEARS_NOT_MARKED_WHILE_RUNNING,
        /** The end date lies before the start date. */
        END_BEFORE_START,
        /** The outcome says running but the end has passed, says ended but the end is still to come, or the start is to come. */
        STATUS_CONTRADICTS_DATES
    }

    /**
     * Checks that no component is missing.
     *
     * @param number  the row's number as published
     * @param kind    what kind of inconsistency it is
     * @param dutch   the reason in Dutch
     * @param english the reason in English
     */
    public DataQualityWarning {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dutch, "dutch");
        Objects.requireNonNull(english, "english");
    }

    /**
     * The reason in the report's language: English for "en", Dutch otherwise.
     *
     * @param locale the report's language
     * @return the reason
     */
    public String message(Locale locale) {
        return Text.isEnglish(locale) ? english : dutch;
    }

    @Override
    public String toString() {
        return number + " " + kind + ": " + english;
    }
}
