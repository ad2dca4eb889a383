package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import nl.sociaaldomein.atelier.text.Text;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * The college's quarterly review list on the dossier's date: for each experiment running then, the
 * next quarterly review, whether it is overdue, and what the college decides: "of deze omgezet
 * zouden moeten worden in regulier beleid, verlengd, of dat er helemaal mee gestopt zou moeten
 * worden" (004_09d1d1def8e42fc5.txt). A quarter counts as reviewed when the register records a
 * review dated on or after its end and before the next quarter's end (ExperimentRegister.reviewsDue).
 */
public final class QuarterlyReviews implements ReportFormat {

    public static final String ID = "quarterly-reviews";

    static final Text TITLE = new Text("Kwartaalrapportage experimenten aan het college", "Quarterly report on the experiments to the college");

    /** The three decisions of the memo. */
    static final Text DECISIONS = new Text("omzetten in regulier beleid / verlengen / stoppen", "make regular policy / extend / stop");

    private final ReviewCadence cadence;

    public QuarterlyReviews(ReviewCadence cadence) {
        this.cadence = Objects.requireNonNull(cadence, "cadence");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("Per lopend experiment de volgende kwartaalbeoordeling: open of te laat, met de mogelijke besluiten",
            "For each running experiment the next quarterly review, due or overdue, with the decisions to take").in(locale);
    }

    @Override
    public Either<String, Report> build(Dossier dossier, Locale locale) {
        return RegisterReport.register(dossier, ID, locale).map(register -> {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(new Text(
                "Elk kwartaal wordt er voor het college een rapportage gemaakt over de experimenten. Daarin wordt vastgesteld "
                    + "of experimenten succesvol zijn, en of deze omgezet worden in regulier beleid, verlengd, of gestopt.",
                "Every quarter the college receives a report on the experiments, which decides whether each is successful, "
                    + "and whether it becomes regular policy, is extended, or is stopped.").in(locale)));
            blocks.add(table(register, dossier.asOf(), locale));
            if (register.experiments().stream().allMatch(e -> e.reviews().isEmpty())) {
                blocks.add(Note.info(new Text("Het register bevat geen kwartaalrapportages; daarom staan alle verstreken "
                    + "kwartalen open.", "The register holds no quarterly reports, so every past quarter is open.").in(locale)));
            }
            blocks.add(new Paragraph(RegisterReport.source(register, locale)));
            return Report.builder().title(TITLE.in(locale)).metadata(RegisterReport.metadata(dossier))
                .addSections(Section.builder().heading(new Text("Te beoordelen experimenten", "Experiments to review")
                    .in(locale)).addAllBlocks(blocks).build())
                .build();
        });
    }

    private Table table(ExperimentRegister register, LocalDate asOf, Locale locale) {
        Map<Experiment, List<ReviewDue>> open = register.reviewsDue(asOf, cadence).stream()
            .collect(Collectors.groupingBy(ReviewDue::experiment));
        List<Row> rows = new ArrayList<>();
        for (Experiment e : register.runningOn(asOf)) {
            List<ReviewDue> unmet = open.getOrDefault(e, List.of());
            Optional<LocalDate> oldest = unmet.stream().map(ReviewDue::dueOn).min(Comparator.naturalOrder());
            Optional<LocalDate> next = upcoming(e, asOf);
            rows.add(Row.of(Cell.text(RegisterReport.number(e)), Cell.text(e.name()), Cell.text(RegisterReport.outcome(e)),
                lastReview(e, locale), Cell.count(unmet.size()),
                oldest.map(day -> Cell.date(PartialDate.of(day))).orElse(Cell.empty()),
                next.map(day -> Cell.date(PartialDate.of(day)))
                    .orElse(Cell.text(new Text("geen: einddatum verstreken", "none: end date passed").in(locale))),
                Cell.text(timing(unmet, locale)), Cell.text(DECISIONS.in(locale))));
        }
        return Table.builder().title(TITLE.in(locale))
            .addColumns(Column.of(new Text("nr", "no.").in(locale)), Column.of(new Text("experiment", "experiment").in(locale)),
                Column.of(new Text("stand", "status").in(locale)), Column.of(new Text("laatste besluit", "last decision").in(locale)),
                Column.of(new Text("kwartalen zonder rapportage", "quarters without report").in(locale)),
                Column.of(new Text("oudste open kwartaal", "oldest open quarter").in(locale)),
                Column.of(new Text("volgende beoordeling", "next review").in(locale)),
                Column.of(new Text("termijn", "timing").in(locale)), Column.of(new Text("besluit", "decision").in(locale)))
            .addAllRows(rows).build();
    }

    /** The first quarter end after the date, while the experiment is planned to run. */
    private Optional<LocalDate> upcoming(Experiment e, LocalDate asOf) {
        LocalDate start = e.lifecycle().started().flatMap(PartialDate::earliest).orElse(asOf);
        return cadence.dueDates(start, e.lifecycle().plannedEnd().latest(), asOf.plusMonths(3)).stream()
            .filter(day -> day.isAfter(asOf)).findFirst();
    }

    /** Overdue when a quarter's report is missing past the grace period; due when only within it; else on schedule. */
    private static String timing(List<ReviewDue> unmet, Locale locale) {
        if (unmet.stream().anyMatch(r -> r.status() == ReviewDue.Status.OVERDUE)) {
            return new Text("te laat", "overdue").in(locale);
        }
        return unmet.isEmpty() ? new Text("op schema", "on schedule").in(locale) : new Text("open", "due").in(locale);
    }

    private static Cell lastReview(Experiment e, Locale locale) {
        return e.reviews().stream().max(Comparator.comparing(Review::on))
            .map(r -> Cell.text(PartialDate.of(r.on()).format(locale) + " " + Verdicts.label(r.verdict()).in(locale)))
            .orElse(Cell.text(new Text("geen", "none").in(locale)));
    }
}
