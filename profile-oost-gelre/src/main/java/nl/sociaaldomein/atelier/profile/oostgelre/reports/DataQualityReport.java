package nl.sociaaldomein.atelier.profile.oostgelre.reports;

import nl.sociaaldomein.atelier.text.Text;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.experiment.DataQualityWarning;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
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
    public Either<String, Report> build(Dossier dossier, Locale locale) {
        return RegisterReport.register(dossier, ID, locale).map(register -> {
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
        for (DataQualityWarning w : warnings) {
            rows.add(Row.of(position.containsKey(w.number()) ? Cell.count(position.get(w.number())) : Cell.empty(),
                Cell.text(w.number()), Cell.text(kind(w.kind()).in(locale)), Cell.text(w.message(locale))));
        }
        return Table.builder().title(TITLE.in(locale))
            .addColumns(Column.of(new Text("rij", "row").in(locale)), Column.of(new Text("nr", "no.").in(locale)),
                Column.of(new Text("soort", "kind").in(locale)), Column.of(new Text("reden", "reason").in(locale)))
            .addAllRows(rows).build();
    }

    private static Text kind(DataQualityWarning.Kind kind) {
        switch (kind) {
            case YEARS_MARKED_OUTSIDE_PERIOD: return new Text("jaar aangekruist buiten looptijd", "year marked outside period");
            case YEARS_NOT_MARKED_WHILE_RUNNING: return new Text("jaar niet aangekruist binnen looptijd", "year not marked in period");
            case END_BEFORE_START: return new Text("einddatum voor startdatum", "end before start");
            default: return new Text("stand strijdig met datums", "status contradicts dates");
        }
    }
}
