package nl.sociaaldomein.atelier.profile.groningen.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Table;

/**
 * The review moments of the projects running on the report's date, as the letter names them:
 * "Tussentijds en aan het einde van de rit" (003_8cbc039ce30155df.txt). The letter dates neither,
 * so the mid-way moment has no date and the end is the project's planned end when that is known;
 * no moment is called late, since no source says when it was due. A review on file is shown with
 * its date and verdict.
 */
final class ReviewMoments {

    private ReviewMoments() {
    }

    static Table of(List<Experiment> running, LocalDate asOf, ProvenanceMap provenance, Locale locale) {
        List<Row> rows = new ArrayList<>();
        Cell notPublished = Cell.text(ProgressWords.in(locale, "niet gepubliceerd", "not published"));
        for (Experiment e : running) {
            String number = HalfYearProgress.number(e);
            Optional<Review> held = e.reviews().stream().filter(r -> !r.on().isAfter(asOf)).reduce((a, b) -> b);
            rows.add(Row.of(Cell.text(number), Cell.text(e.name()), Cell.text(ProgressWords.in(locale, "tussentijds", "mid-way")),
                notPublished, Cell.text(status(held, locale)), Cell.text(ProgressWords.DECISIONS.in(locale))));
            PartialDate end = e.lifecycle().plannedEnd();
            Row atEnd = Row.of(Cell.text(number), Cell.text(e.name()), Cell.text(ProgressWords.in(locale, "einde van de rit", "at the end")),
                end.isKnown() ? Cell.date(end) : notPublished, Cell.text(end.isKnown() && end.latest().orElseThrow().isAfter(asOf)
                    ? ProgressWords.in(locale, "gepland", "planned") : status(Optional.empty(), locale)),
                Cell.text(ProgressWords.DECISIONS.in(locale)));
            rows.add(end.isKnown() ? atEnd.from(3, provenance.of("experiments", number, "end")) : atEnd);
        }
        return Table.builder().title(ProgressWords.in(locale, "Beoordelingsmomenten", "Review moments"))
            .addColumns(Column.of(ProgressWords.in(locale, "nr", "no.")), Column.of(ProgressWords.in(locale, "project", "project")),
                Column.of(ProgressWords.in(locale, "moment", "moment")), Column.of(ProgressWords.in(locale, "datum", "date")),
                Column.of(ProgressWords.in(locale, "stand", "status")), Column.of(ProgressWords.in(locale, "besluit", "decision")))
            .addAllRows(rows).build();
    }

    private static String status(Optional<Review> held, Locale locale) {
        return held.map(r -> ProgressWords.in(locale, "gehouden ", "held ") + PartialDate.of(r.on()).format(locale) + ": "
                + ProgressWords.verdict(r.verdict()).in(locale))
            .orElse(ProgressWords.in(locale, "geen beoordeling gepubliceerd", "no assessment published"));
    }
}
