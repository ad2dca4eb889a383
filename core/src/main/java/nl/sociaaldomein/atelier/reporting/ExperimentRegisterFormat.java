package nl.sociaaldomein.atelier.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.DataQualityWarning;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.LifecycleStep;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.report.TimelineChart;
import nl.sociaaldomein.atelier.text.Text;

/**
 * {@code experiment-register}: the register's experiments as they stood on the dossier's date
 * (Oost Gelre's "Stand van zaken experimenten", 004_09d1d1def8e42fc5.txt): number, name, state,
 * start, planned end and actual end, a timeline, and the register's data-quality warnings, which
 * are reported and never corrected. Reviews due are left to a profile's own format, as each
 * municipality has its own cadence. Needs the dossier's register.
 *
 * <p>On the dossier's date a step counts only once it is certain (see {@code Lifecycle.stateOn}):
 * an extension decided later does not move the planned end yet, an ending decided later is not
 * an actual end yet.
 */
public final class ExperimentRegisterFormat extends GeneralFormat {

    /** The format's id. */
    public static final String ID = "experiment-register";

    /** The experiment register, with its Dutch and English title and description. */
    public ExperimentRegisterFormat() {
        super(ID, Text.of("Experimentenregister", "Register of experiments"),
            Text.of("De experimenten van het register met hun stand van zaken op de datum van het dossier, hun looptijd en "
                    + "de onvolkomenheden in de gepubliceerde gegevens.",
                "The register's experiments with where they stood on the dossier's date, their duration and "
                    + "the inconsistencies in the published data."));
    }

    @Override
    Result<List<Section>> sections(Dossier dossier, Locale locale) {
        if (dossier.register().isEmpty()) {
            return lacks(Text.of("het dossier heeft geen experimentenregister; dit overzicht toont de experimenten van een register",
                "the dossier has no register of experiments; this report shows the experiments of a register"));
        }
        ExperimentRegister register = dossier.register().get();
        if (register.experiments().isEmpty()) {
            return lacks(Text.of("het experimentenregister bevat geen experimenten", "the register holds no experiments"));
        }
        LocalDate day = dossier.asOf();
        List<Row> rows = new ArrayList<>();
        List<TimelineChart.Span> spans = new ArrayList<>();
        for (Experiment e : register.experiments()) {
            String number = number(e);
            PartialDate plannedEnd = plannedEndOn(e, day);
            Optional<PartialDate> actualEnd = e.lifecycle().ending().map(step -> step.transition().on())
                .filter(on -> !on.latest().orElseThrow().isAfter(day));
            ProvenanceMap stated = register.provenance();
            rows.add(Row.of(Cell.text(number), Cell.text(e.name()), Cell.text(StateLabels.of(e.lifecycle().stateOn(day), locale)),
                    Cell.date(e.start()), Cell.date(plannedEnd), actualEnd.map(Cell::date).orElse(Cell.empty()))
                .from(3, stated.of("experiments", number, "start"))
                .from(4, stated.of("experiments", number, "end"))
                .from(5, stated.of("experiments", number, "outcome")));
            // Without a start there is nothing to draw: the bar would seem to run from the axis start.
            if (e.start().isKnown()) {
                spans.add(new TimelineChart.Span(number + " " + e.name(), e.start(), actualEnd.orElse(plannedEnd)));
            }
        }
        Table table = Table.builder().title(Text.of("Stand van zaken experimenten", "State of the experiments").in(locale))
            .addColumns(Column.of(Label.NUMBER), Column.of(Label.NAME), Column.of(Label.STATUS), Column.of(Label.START),
                Column.of(Text.of("Geplande einddatum", "Planned end date").in(locale)),
                Column.of(Text.of("Werkelijke einddatum", "Actual end date").in(locale)))
            .rows(rows).build();
        List<Block> blocks = new ArrayList<>(List.of(table));
        if (!spans.isEmpty()) {
            Figure timeline = Figure.of(Text.of("Looptijd van de experimenten", "Duration of the experiments").in(locale),
                Text.of("Van start tot werkelijke of geplande einddatum; experimenten zonder startdatum staan er niet in.",
                    "From start to actual or planned end date; experiments without a start date are left out.").in(locale),
                TimelineChart.asOf(day, spans));
            blocks.add(register.provenance().of("experiments").map(timeline::from).orElse(timeline));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.builder().heading(Text.of("Experimenten", "Experiments").in(locale)).blocks(blocks).build());
        sections.add(quality(register, locale));
        return Result.ok(sections);
    }

    private static Section quality(ExperimentRegister register, Locale locale) {
        List<Block> blocks = new ArrayList<>();
        for (DataQualityWarning warning : register.warnings()) {
            blocks.add(Note.warning(warning.number() + ": " + warning.message(locale)));
        }
        if (blocks.isEmpty()) {
            blocks.add(Note.info(Text.of("Geen onvolkomenheden gevonden in de gepubliceerde gegevens.",
                "No inconsistencies found in the published data.").in(locale)));
        }
        return Section.builder().heading(Text.of("Kwaliteit van de gegevens", "Data quality").in(locale)).blocks(blocks).build();
    }

    /** The number as published ("1)", "14-3"), or written plainly when the experiment has no published row. */
    private static String number(Experiment e) {
        return e.published().map(PublishedRow::number).orElseGet(() -> {
            ExperimentNumber n = e.number();
            if (n instanceof ExperimentNumber.YearBased yearBased) {
                return String.format(Locale.ROOT, "%02d-%d", yearBased.year() % 100, yearBased.serial());
            }
            return Integer.toString(((ExperimentNumber.Plain) n).value());
        });
    }

    /** The planned end as known on the day: the first plan, moved by each extension that counts by then. */
    private static PartialDate plannedEndOn(Experiment e, LocalDate day) {
        PartialDate end = e.lifecycle().initialPlannedEnd();
        for (LifecycleStep step : e.lifecycle().history()) {
            if (step.transition().on().latest().orElseThrow().isAfter(day)) {
                break;
            }
            if (step.transition() instanceof Transition.Extend extend) {
                end = extend.newEnd();
            }
        }
        return end;
    }
}
