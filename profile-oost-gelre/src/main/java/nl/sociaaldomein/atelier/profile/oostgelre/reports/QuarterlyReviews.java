package nl.sociaaldomein.atelier.profile.oostgelre.reports;

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
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
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
import nl.sociaaldomein.atelier.text.Text;

/**
 * The college's quarterly review list on the dossier's date: for each experiment it still decides on
 * (running, in preparation, or a running part of a split one), the last quarterly report the register
 * holds, the next quarter's end, and what the college decides: "of deze omgezet
 * zouden moeten worden in regulier beleid, verlengd, of dat er helemaal mee gestopt zou moeten
 * worden" (004_09d1d1def8e42fc5.txt). The memo says a report is made every quarter ("Elk kwartaal wordt er
 * voor het college een rapportage gemaakt"); the register does not hold them, so no quarter is called late.
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
    public Result<Report> build(Dossier dossier, Locale locale) {
        return RegisterReport.register(dossier, ID).map(register -> {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(new Text(
                "Elk kwartaal wordt er voor het college een rapportage gemaakt over de experimenten. Daarin wordt vastgesteld "
                    + "of experimenten succesvol zijn, en of deze omgezet worden in regulier beleid, verlengd, of gestopt.",
                "Every quarter the college receives a report on the experiments, which decides whether each is successful, "
                    + "and whether it becomes regular policy, is extended, or is stopped.").in(locale)));
            blocks.add(table(register, dossier.asOf(), locale));
            if (register.experiments().stream().allMatch(e -> e.reviews().isEmpty())) {
                // The memo says a report is made every quarter; the register simply does not hold them. Nothing is late.
                blocks.add(Note.info(new Text("De memo zegt dat er elk kwartaal een rapportage wordt gemaakt; die rapportages "
                    + "staan niet in het register, dus hun data en besluiten zijn hier niet bekend. Er wordt niets als te laat aangemerkt.",
                    "The memo says a report is made every quarter; those reports are not in the register, so their dates and "
                        + "decisions are not known here. Nothing is marked late.").in(locale)));
            }
            blocks.add(new Paragraph(RegisterReport.source(register, locale)));
            return Report.builder().title(TITLE.in(locale)).metadata(RegisterReport.metadata(dossier))
                .addSections(Section.builder().heading(new Text("Te beoordelen experimenten", "Experiments to review")
                    .in(locale)).addAllBlocks(blocks).build())
                .build();
        });
    }

    /**
     * One row per experiment the college still decides on: running (extended, becoming regular), in preparation
     * ("In opbouw/uitvoering"), and each running successor of a split experiment (1)'s "Zelfsturende professionals SWOIJ").
     */
    private Table table(ExperimentRegister register, LocalDate asOf, Locale locale) {
        List<Row> rows = new ArrayList<>();
        Provenance next = Provenance.computed(new Text("het eerste kwartaaleinde na " + PartialDate.of(asOf).format(locale),
            "the first quarter end after " + PartialDate.of(asOf).format(locale)).in(locale));
        for (Experiment e : register.experiments()) {
            ExperimentState state = e.lifecycle().stateOn(asOf);
            if (state.isRunning() || state == ExperimentState.IN_PREPARATION) {
                rows.add(row(RegisterReport.number(e), e.name(), RegisterReport.outcome(e), lastReview(e, locale), asOf, next, locale));
            }
            for (Successor successor : successors(e)) {
                if (successor.lifecycle().stateOn(asOf).isRunning()) {
                    rows.add(row(RegisterReport.number(e), e.name() + ": " + successor.name(),
                        successor.publishedOutcome().orElse(RegisterReport.outcome(e)), lastReview(e, locale), asOf, next, locale));
                }
            }
        }
        return Table.builder().title(TITLE.in(locale))
            .addColumns(Column.of(new Text("nr", "no.").in(locale)), Column.of(new Text("experiment", "experiment").in(locale)),
                Column.of(new Text("stand", "status").in(locale)),
                Column.of(new Text("laatste kwartaalrapportage", "last quarterly report").in(locale)),
                Column.of(new Text("volgende kwartaalrapportage", "next quarterly report").in(locale)),
                Column.of(new Text("besluit", "decision").in(locale)))
            .addAllRows(rows).build();
    }

    private Row row(String number, String name, String outcome, Cell last, LocalDate asOf, Provenance next, Locale locale) {
        return Row.of(Cell.text(number), Cell.text(name), Cell.text(outcome), last,
            Cell.date(PartialDate.of(nextQuarterEnd(asOf))), Cell.text(DECISIONS.in(locale))).from(4, next);
    }

    private static List<Successor> successors(Experiment e) {
        return e.lifecycle().history().stream().map(step -> step.transition())
            .filter(t -> t instanceof Transition.Split).flatMap(t -> ((Transition.Split) t).successors().stream()).toList();
    }

    /** The end of the quarter after the one {@code day} is in... or of its own quarter when that is still to come. */
    private LocalDate nextQuarterEnd(LocalDate day) {
        LocalDate end = day.withDayOfMonth(1).plusMonths(3 - (day.getMonthValue() - 1) % 3).minusDays(1);
        return end.isAfter(day) ? end : end.plusDays(1).plusMonths(3).minusDays(1);
    }

    private static Cell lastReview(Experiment e, Locale locale) {
        return e.reviews().stream().max(Comparator.comparing(Review::on))
            .map(r -> Cell.text(PartialDate.of(r.on()).format(locale) + " " + Verdicts.label(r.verdict()).in(locale)))
            .orElse(Cell.text(new Text("niet in het register", "not in the register").in(locale)));
    }
}
