package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;

/** The two times a view is asked for: a day ({@code asOf}) and a moment ({@code knownAt}), from request parameters. */
final class Moments {

    private Moments() {
    }

    record Asked(LocalDate asOf, Optional<Instant> knownAt) {
    }

    /** The day (or {@code fallback}) and the moment (or now); a value that does not read is a 422 naming the parameter. */
    static Asked of(String asOf, String knownAt, LocalDate fallback) {
        List<Problem> problems = new ArrayList<>();
        LocalDate day = asOf == null || asOf.isBlank() ? fallback : LedgerDesk.date(asOf, "?asOf", problems);
        Optional<Instant> moment = Optional.empty();
        if (knownAt != null && !knownAt.isBlank()) {
            try {
                moment = Optional.of(Instant.parse(knownAt.strip()));
            } catch (DateTimeParseException e) {
                String shown = knownAt.length() > 40 ? knownAt.substring(0, 40) + "…" : knownAt;
                problems.add(Problem.invalid("input.moment-invalid", LedgerDesk.field("?knownAt"),
                    "geen moment: '" + shown + "' (bijvoorbeeld 2016-07-01T12:00:00Z)", "not a moment: '" + shown
                        + "' (e.g. 2016-07-01T12:00:00Z)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new Asked(day, moment);
    }
}
