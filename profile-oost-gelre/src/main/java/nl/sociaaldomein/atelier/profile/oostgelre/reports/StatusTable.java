package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.report.TimelineChart;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The memo's table "Stand van zaken experimenten" (004_09d1d1def8e42fc5.txt) as published: number,
 * name, an x per year of the grid (the register's year columns, 2014–2018 in the memo), start date,
 * end date and "succesvol", every text verbatim and the rows in published order; then a timeline
 * of the same experiments.
 */
public final class StatusTable implements ReportFormat {

    public static final String ID = "status-table";

    static final Text TITLE = new Text("Stand van zaken experimenten", "Status of the experiments");

    /** The memo's sentence above the table. */
    static final Text INTRO = new Text(
        "In onderstaande tabel kunt u zien welke experimenten door de jaren heen gestart zijn, en hoe deze er nu voor staan.",
        "The table below shows which experiments were started over the years, and where they stand now.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("De experimenten met hun jaren, start- en einddatum en uitkomst, zoals gepubliceerd",
            "The experiments with their years, start and end date and outcome, as published").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        return RegisterReport.register(dossier, ID).map(register -> Report.builder()
            .title(TITLE.in(locale))
            .metadata(RegisterReport.metadata(dossier))
            .addSections(Section.of(TITLE.in(locale), new Paragraph(INTRO.in(locale)), table(register, dossier, locale),
                new Paragraph(RegisterReport.source(register, locale))))
            .addSections(Section.of(new Text("Looptijd", "Duration").in(locale), timeline(register, dossier, locale)))
            .build());
    }

    /** The columns as the memo heads them; the number and name columns have no header there. */
    static List<Column> columns(List<Integer> years, Locale locale) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(new Text("nr", "no.").in(locale)),
            Column.of(new Text("experiment", "experiment").in(locale))));
        years.forEach(year -> columns.add(Column.of(String.valueOf(year))));
        columns.add(Column.of(new Text("startdatum", "start date").in(locale)));
        columns.add(Column.of(new Text("einddatum", "end date").in(locale)));
        columns.add(Column.of(new Text("succesvol", "successful").in(locale)));
        return columns;
    }

    private static Table table(ExperimentRegister register, Dossier dossier, Locale locale) {
        Optional<Provenance> published = dossier.provenance().of("experiments").or(() -> register.provenance().of("experiments"));
        List<Row> rows = new ArrayList<>();
        for (Experiment e : register.experiments()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(RegisterReport.number(e)), Cell.text(e.name())));
            register.yearColumns().forEach(year -> cells.add(Cell.mark(e.published().map(row -> row.marks(year)).orElse(false))));
            cells.add(RegisterReport.start(e));
            cells.add(RegisterReport.end(e));
            cells.add(Cell.text(RegisterReport.outcome(e)));
            Row row = new Row(cells);
            // The published start and end are text as the memo writes them ("Maart 2018", "2016", empty): their cells
            // carry the table's provenance too, so every format says they are published.
            for (int c = cells.size() - 3; c < cells.size() - 1 && published.isPresent(); c++) {
                row = row.from(c, published.get());
            }
            rows.add(row);
        }
        return Table.builder().title(TITLE.in(locale)).addAllColumns(columns(register.yearColumns(), locale))
            .provenance(published).addAllRows(rows).build();
    }

    /** One bar per experiment from its start to its planned end as published; open ends run to the dossier's date. */
    private static Figure timeline(ExperimentRegister register, Dossier dossier, Locale locale) {
        // The data table under the chart shows the dates as the memo writes them ("Maart 2018", an empty end), not re-spelled.
        List<TimelineChart.Span> spans = register.experiments().stream()
            .map(e -> new TimelineChart.Span(RegisterReport.number(e) + " " + e.name(), e.start(), e.plannedEnd())
                .asPublished(e.published().map(row -> row.start()), e.published().map(row -> row.end())))
            .toList();
        Figure figure = Figure.of(new Text("Looptijd van de experimenten", "Duration of the experiments").in(locale),
            TimelineChart.asOf(dossier.asOf(), spans));
        return dossier.provenance().of("experiments").or(() -> register.provenance().of("experiments")).map(figure::from).orElse(figure);
    }
}
