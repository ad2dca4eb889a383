package nl.sociaaldomein.atelier.profile.groningen.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Groningen's half-year progress report (halfjaarrapportage) on its projects and pilots: each
 * project with its goal and its state on the dossier's date; the KPIs with target, measured value,
 * progress and on-track verdict; the qualitative indicators; and the review moments, "Tussentijds
 * en aan het einde van de rit", deciding "al dan niet voort te zetten of aan te passen" or to stop
 * (003_8cbc039ce30155df.txt). Reporting goes with the half-year P&amp;C cycle (000_54832993d59957fc.txt).
 */
public final class HalfYearProgress implements ReportFormat {

    public static final String ID = "half-year-progress";

    private final ReviewCadence cadence;

    public HalfYearProgress(ReviewCadence cadence) {
        this.cadence = Objects.requireNonNull(cadence, "cadence");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return ProgressWords.in(locale, "Voortgang: projecten met hun stand, prestatie-indicatoren en beoordelingsmomenten",
            "Progress: projects with their status, key performance indicators and review moments");
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        if (dossier.register().isEmpty()) {
            return ReportProblems.lacks(ID, new Text(
                "'" + ID + "' heeft een register van projecten nodig; dit dossier heeft er geen",
                "'" + ID + "' needs a register of projects; this dossier has none"));
        }
        ExperimentRegister register = dossier.register().get();
        LocalDate asOf = dossier.asOf();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of(ProgressWords.in(locale, "Projecten", "Projects"), new Paragraph(ProgressWords.in(locale,
            "Voor al onze projecten geldt, dat we ze nauwlettend volgen. Tussentijds en aan het einde van de rit bekijken we "
                + "hoe een project ervoor staat.",
            "We follow all our projects closely. Mid-way and at the end we look at how a project is doing.")),
            projects(register, asOf, locale), new Paragraph(source(register, locale)),
            Note.info(ProgressWords.in(locale, "Stand op ", "As of ") + PartialDate.of(asOf).format(locale)
                + register.provenance().of("reportDate").map(p -> " (" + p.kind().dutch() + ": " + p.detail() + ")").orElse(""))));
        List<Experiment> measured = register.experiments().stream().filter(e -> !e.kpis().isEmpty()).toList();
        if (!measured.isEmpty()) {
            sections.add(Section.of(ProgressWords.in(locale, "Prestatie-indicatoren", "Key performance indicators"),
                KpiTable.of(measured, register.provenance(), locale), Note.info(ProgressWords.in(locale,
                    "Op schema: gemeten ≥ verwacht, waarbij verwacht = doel × verstreken dagen / dagen van de periode, "
                        + "tot en met de meetdatum.",
                    "On track: measured ≥ expected, where expected = target × days elapsed / days in the period, "
                        + "up to and including the measurement date."))));
        }
        if (register.experiments().stream().anyMatch(e -> !e.indicators().isEmpty())) {
            sections.add(Section.of(ProgressWords.in(locale, "Kwalitatieve indicatoren", "Qualitative indicators"),
                indicators(register, locale)));
        }
        sections.add(Section.of(ProgressWords.in(locale, "Beoordelingsmomenten", "Review moments"), new Paragraph(ProgressWords.in(locale,
            "Per moment bekijken we in hoeverre het wenselijk is om een project al dan niet voort te zetten of aan te passen. "
                + "De uitkomst kan ook zijn dat we afscheid van elkaar nemen.",
            "At each moment we decide whether to continue or adjust a project, or to stop it.")),
            ReviewMoments.of(register.runningOn(asOf), asOf, register.provenance(), locale)));
        return Result.ok(Report.builder()
            .title(ProgressWords.in(locale, "Voortgang projecten meedoen", "Progress of participation projects"))
            // No date in the metadata: the report speaks for the dossier's day, which a note above qualifies.
            .metadata(ReportMetadata.builder().municipality(dossier.municipality()).build())
            .addAllSections(sections).build());
    }

    /** The number as the register writes it ("1."). */
    static String number(Experiment e) {
        return e.published().map(row -> row.number()).orElseGet(() -> e.number().toString());
    }

    private static Table projects(ExperimentRegister register, LocalDate asOf, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (Experiment e : register.experiments()) {
            String number = number(e);
            rows.add(Row.of(Cell.text(number), Cell.text(e.name()),
                Cell.text(e.goal().orElse(ProgressWords.NOT_GIVEN.in(locale))),
                Cell.text(e.owner().orElse(ProgressWords.NOT_GIVEN.in(locale))),
                e.start().isKnown() ? Cell.date(e.start()) : Cell.text(ProgressWords.in(locale, "niet gepubliceerd", "not published")),
                e.plannedEnd().isKnown() ? Cell.date(e.plannedEnd()) : Cell.text(ProgressWords.in(locale, "niet gepubliceerd", "not published")),
                Cell.text(ProgressWords.state(e.lifecycle().stateOn(asOf)).in(locale)))
                .from(4, register.provenance().of("experiments", number, "start"))
                .from(5, register.provenance().of("experiments", number, "end")));
        }
        return Table.builder().title(ProgressWords.in(locale, "Projecten", "Projects"))
            .addColumns(Column.of(ProgressWords.in(locale, "nr", "no.")), Column.of(ProgressWords.in(locale, "project", "project")),
                Column.of(ProgressWords.in(locale, "doel", "goal")), Column.of(ProgressWords.in(locale, "uitvoering", "run by")),
                Column.of(ProgressWords.in(locale, "start", "start")), Column.of(ProgressWords.in(locale, "einde", "end")),
                Column.of(ProgressWords.in(locale, "stand", "status")))
            .addAllRows(rows).build();
    }

    private static Table indicators(ExperimentRegister register, Locale locale) {
        java.util.function.Function<Experiment, java.util.Optional<nl.sociaaldomein.atelier.provenance.Provenance>> source =
            e -> register.provenance().of("experiments", number(e), "indicators");
        List<Row> rows = new ArrayList<>();
        for (Experiment e : register.experiments()) {
            for (QualitativeIndicator indicator : e.indicators()) {
                if (indicator.observations().isEmpty()) {
                    rows.add(Row.of(Cell.text(number(e)), Cell.text(e.name()), Cell.text(indicator.name()), Cell.empty(),
                        Cell.text(ProgressWords.in(locale, "nog geen waarneming", "not yet observed"))));
                }
                for (QualitativeIndicator.Observation o : indicator.observations()) {
                    rows.add(Row.of(Cell.text(number(e)), Cell.text(e.name()), Cell.text(indicator.name()), Cell.date(o.on()),
                        Cell.text(o.text() + o.score().map(s -> " (" + s + "/" + o.scaleMax().get() + ")").orElse("")))
                        .from(3, source.apply(e)));
                }
            }
        }
        return Table.builder().title(ProgressWords.in(locale, "Kwalitatieve indicatoren", "Qualitative indicators"))
            .addColumns(Column.of(ProgressWords.in(locale, "nr", "no.")), Column.of(ProgressWords.in(locale, "project", "project")),
                Column.of(ProgressWords.in(locale, "indicator", "indicator")), Column.of(ProgressWords.in(locale, "datum", "date")),
                Column.of(ProgressWords.in(locale, "waarneming", "observation")))
            .addAllRows(rows).build();
    }

    private static String source(ExperimentRegister register, Locale locale) {
        return ProgressWords.in(locale, "Bron", "Source") + ": " + register.source().file() + ", \"" + register.source().quote() + "\"";
    }
}
