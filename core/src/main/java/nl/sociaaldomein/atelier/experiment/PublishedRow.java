package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;

/**
 * A register row exactly as published, for display: the number, dates and outcome as written
 * ("1)", "Maart 2018", "Loopt (Wordt verlengd)") and the years marked with an x. The parsed
 * values live on {@link Experiment}; these texts are never rewritten.
 *
 * @param number      the number as written, e.g. "1)"
 * @param yearsMarked the years whose column the row marks
 * @param start       the start date as written
 * @param end         the end date as written
 * @param outcome     the outcome as written, e.g. "Loopt (Wordt verlengd)"
 */
public record PublishedRow(String number, List<Integer> yearsMarked, String start, String end, String outcome) {

    /**
     * Checks that no component is missing and keeps a copy of the years.
     *
     * @param number      the number as written, e.g. "1)"
     * @param yearsMarked the years whose column the row marks
     * @param start       the start date as written
     * @param end         the end date as written
     * @param outcome     the outcome as written, e.g. "Loopt (Wordt verlengd)"
     */
    public PublishedRow {
        Objects.requireNonNull(number, "number");
        yearsMarked = List.copyOf(yearsMarked);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Whether the row marks a year's column.
     *
     * @param year the year
     * @return true when marked
     */
    public boolean marks(int year) {
        return yearsMarked.contains(year);
    }
}
