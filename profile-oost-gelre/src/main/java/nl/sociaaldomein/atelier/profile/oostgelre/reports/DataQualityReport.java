package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.experiment.DataQualityWarning;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
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
 * The inconsistencies found in the published register, one line per row and kind: the row's
 * position in the table, its number as published, and the reason. The data stays as published
 * (docs/sources/README.md: "the data is kept as published and the library reports the
 * inconsistency rather than hiding it").
 */
public final class DataQualityReport implements ReportFormat {

    public static final String ID = "data-quality";

    static final Text TITLE = new Text("Datakwaliteit register experimenten", "Data quality of the experiments register");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("Tegenstrijdigheden in het gepubliceerde register, per rij met de reden; de gegevens blijven zoals gepubliceerd",
            "Inconsistencies in the published register, per row with the reason; the data stays as published").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        return RegisterReport.register(dossier, ID).map(register -> {
            List<DataQualityWarning> warnings = register.warnings();
            List<Block> blocks = new ArrayList<>();
            blocks.add(Note.warning(new Text("De gegevens blijven zoals gepubliceerd: onderstaande punten zijn gesignaleerd, "
                + "niet gecorrigeerd.", "The data stays as published: the points below are reported, not corrected.").in(locale)));
            if (warnings.isEmpty()) {
                blocks.add(new Paragraph(new Text("Geen tegenstrijdigheden gevonden.", "No inconsistencies found.").in(locale)));
            } else {
                blocks.add(table(register, warnings, locale));
            }
            blocks.add(new Paragraph(RegisterReport.source(register, locale)));
            return Report.builder().title(TITLE.in(locale)).metadata(RegisterReport.metadata(dossier))
                .addSections(Section.builder().heading(new Text("Gesignaleerde punten", "Findings").in(locale))
                    .addAllBlocks(blocks).build())
                .build();
        });
    }

    private static Table table(ExperimentRegister register, List<DataQualityWarning> warnings, Locale locale) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < register.experiments().size(); i++) {
            position.putIfAbsent(RegisterReport.number(register.experiments().get(i)), i + 1);
        }
        List<Row> rows = new ArrayList<>();
        Provenance counted = Provenance.computed(new Text("positie van de rij in de tabel van de memo", "position of the row in the memo's table")
            .in(locale));
        for (DataQualityWarning w : warnings) {
            Optional<Experiment> e = register.experiments().stream().filter(x -> RegisterReport.number(x).equals(w.number())).findFirst();
            boolean explained = w.kind() == DataQualityWarning.Kind.STATUS_CONTRADICTS_DATES
                && e.map(RegisterReport::outcome).filter(o -> o.contains("Wordt verlengd")).isPresent();
            rows.add(Row.of(position.containsKey(w.number()) ? Cell.count(position.get(w.number())) : Cell.empty(),
                Cell.text(w.number()), Cell.text(explained ? EXPLAINED.in(locale) : kind(w.kind()).in(locale)),
                Cell.text(w.message(locale) + (explained ? new Text("; de uitkomst zegt dat het experiment wordt verlengd, wat de "
                    + "verstreken einddatum verklaart", "; the outcome says the experiment is being extended, which explains the "
                    + "passed end date").in(locale) : ""))).from(0, counted));
        }
        // What the core checks do not see: a year-based number whose year is not the start year, and numbers left out.
        for (int i = 0; i < register.experiments().size(); i++) {
            Experiment x = register.experiments().get(i);
            if (x.number() instanceof ExperimentNumber.YearBased yearBased) {
                int numberYear = 2000 + yearBased.year() % 100;
                Optional<Integer> startYear = x.start().year();
                if (startYear.isPresent() && startYear.get() != numberYear) {
                    rows.add(Row.of(Cell.count(i + 1), Cell.text(RegisterReport.number(x)),
                        Cell.text(new Text("jaar in nummer wijkt af van startjaar", "year in number differs from start year").in(locale)),
                        Cell.text(new Text("het nummer draagt het jaar " + numberYear + " (docs/experiments.md leest het zo), maar de "
                            + "startdatum " + RegisterReport.publishedStart(x) + " ligt in " + startYear.get(),
                            "the number carries the year " + numberYear + " (as docs/experiments.md reads it), but the start date "
                                + RegisterReport.publishedStart(x) + " is in " + startYear.get()).in(locale))).from(0, counted));
                }
            }
        }
        List<Integer> plain = register.experiments().stream().map(Experiment::number).filter(n -> n instanceof ExperimentNumber.Plain)
            .map(n -> ((ExperimentNumber.Plain) n).value()).toList();
        for (int n = 1; !plain.isEmpty() && n < plain.stream().max(Integer::compare).orElseThrow(); n++) {
            if (!plain.contains(n)) {
                int missing = n;
                rows.add(Row.of(Cell.empty(), Cell.text(missing + ")"),
                    Cell.text(new Text("nummer ontbreekt", "number missing").in(locale)),
                    Cell.text(new Text("de tabel springt over " + missing + "): de memo zegt niet waarom",
                        "the table skips " + missing + "): the memo does not say why").in(locale))));
            }
        }
        return Table.builder().title(TITLE.in(locale))
            .addColumns(Column.of(new Text("rij", "row").in(locale)), Column.of(new Text("nr", "no.").in(locale)),
                Column.of(new Text("soort", "kind").in(locale)), Column.of(new Text("reden", "reason").in(locale)))
            .addAllRows(rows).build();
    }

    private static final Text EXPLAINED = new Text("einddatum verstreken, verlenging genoemd", "end date passed, extension stated");

    private static Text kind(DataQualityWarning.Kind kind) {
        switch (kind) {
            case YEARS_MARKED_OUTSIDE_PERIOD: return new Text("jaar aangekruist buiten looptijd", "year marked outside period");
            case YEARS_NOT_MARKED_WHILE_RUNNING: return new Text("jaar niet aangekruist binnen looptijd", "year not marked in period");
            case END_BEFORE_START: return new Text("einddatum voor startdatum", "end before start");
            default: return new Text("stand strijdig met datums", "status contradicts dates");
        }
    }
}
