package nl.sociaaldomein.atelier.profile.groningen.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;

/**
 * The review moments of the projects running on the report's date: every moment so far (held, with
 * its verdict; open within the grace period; late after it) and the coming ones up to the next
 * half-year end and the project's end. A moment is met by a review dated on or after it and before
 * the next moment, as in {@code ExperimentRegister.reviewsDue}.
 */
final class ReviewMoments {

    private ReviewMoments() {
    }

    static Table of(List<Experiment> running, LocalDate asOf, ReviewCadence cadence, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (Experiment e : running) {
            LocalDate start = e.lifecycle().started().flatMap(PartialDate::earliest).orElse(asOf);
            Optional<LocalDate> end = e.lifecycle().plannedEnd().latest();
            List<LocalDate> moments = cadence.dueDates(start, end, end.orElse(asOf.plusMonths(6)));
            boolean nextShown = false;
            for (int i = 0; i < moments.size(); i++) {
                LocalDate day = moments.get(i);
                boolean atEnd = end.filter(day::equals).isPresent();
                if (day.isAfter(asOf) && nextShown && !atEnd) {
                    continue; // only the next coming moment and the end
                }
                nextShown |= day.isAfter(asOf);
                Optional<LocalDate> before = i + 1 < moments.size() ? Optional.of(moments.get(i + 1)) : Optional.empty();
                rows.add(Row.of(Cell.text(HalfYearProgress.number(e)), Cell.text(e.name()),
                    Cell.text(atEnd ? ProgressWords.in(locale, "einde", "end") : ProgressWords.in(locale, "tussentijds", "mid-way")),
                    Cell.date(PartialDate.of(day)), Cell.text(status(e, day, before, asOf, cadence, locale)),
                    Cell.text(ProgressWords.DECISIONS.in(locale))));
            }
        }
        return Table.builder().title(ProgressWords.in(locale, "Beoordelingsmomenten", "Review moments"))
            .addColumns(Column.of(ProgressWords.in(locale, "nr", "no.")), Column.of(ProgressWords.in(locale, "project", "project")),
                Column.of(ProgressWords.in(locale, "moment", "moment")), Column.of(ProgressWords.in(locale, "datum", "date")),
                Column.of(ProgressWords.in(locale, "stand", "status")), Column.of(ProgressWords.in(locale, "besluit", "decision")))
            .addAllRows(rows).build();
    }

    private static String status(Experiment e, LocalDate day, Optional<LocalDate> before, LocalDate asOf, ReviewCadence cadence,
            Locale locale) {
        if (day.isAfter(asOf)) {
            return ProgressWords.in(locale, "gepland", "planned");
        }
        Optional<Review> held = e.reviews().stream()
            .filter(r -> !r.on().isBefore(day) && before.map(b -> r.on().isBefore(b)).orElse(true) && !r.on().isAfter(asOf))
            .findFirst();
        if (held.isPresent()) {
            return ProgressWords.in(locale, "gehouden ", "held ") + PartialDate.of(held.get().on()).format(locale) + ": "
                + ProgressWords.verdict(held.get().verdict()).in(locale);
        }
        return asOf.isAfter(day.plus(cadence.grace()))
            ? ProgressWords.in(locale, "te laat: geen besluit vastgelegd", "late: no decision on file")
            : ProgressWords.in(locale, "open", "due");
    }
}
