package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;

/**
 * A register row exactly as published, for display: the number, dates and outcome as written
 * ("1)", "Maart 2018", "Loopt (Wordt verlengd)") and the years marked with an x. The parsed
 * values live on {@link Experiment}; these texts are never rewritten.
 */
public record PublishedRow(String number, List<Integer> yearsMarked, String start, String end, String outcome) {

    public PublishedRow {
        Objects.requireNonNull(number, "number");
        yearsMarked = List.copyOf(yearsMarked);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean marks(int year) {
        return yearsMarked.contains(year);
    }
}
