package ${package};

import java.util.Locale;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.ImmutableTable;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/** The grants of a round: one row per granted initiative, with the total. Rendered as Markdown, HTML, CSV or JSON. */
public final class GrantsList implements ReportFormat {

    static final String ID = "grants-list";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("Toegekende initiatieven met bedrag en totaal", "Granted initiatives with amount and total").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty()) {
            return ReportProblems.lacks(ID, new Text("de lijst heeft een ronde nodig", "the list needs a round"));
        }
        Round round = dossier.round().get();
        ImmutableTable.Builder table = Table.builder().addColumns(Column.of(new Text("Initiatief", "Initiative").in(locale)),
            Column.of(new Text("Aanvrager", "Applicant").in(locale)), Column.of(Label.GRANTED));
        for (Initiative initiative : round.initiatives()) {
            // Cell.party: a natural person shows as "Particulier" in public output.
            round.decision(initiative.id()).filter(Decision.Granted.class::isInstance).map(Decision.Granted.class::cast).ifPresent(granted ->
                table.addRows(Row.of(Cell.text(initiative.title()), Cell.party(initiative.applicant()), Cell.money(granted.amount()))));
        }
        Table grants = table.build();
        Table withTotal = Table.builder().from(grants)
            .addFooter(Row.of(Cell.label(Label.TOTAL), Cell.empty(), Cell.money(grants.moneyTotal(2)))).build();
        return Result.ok(Report.builder().title(new Text("Toekenningen", "Grants").in(locale) + ": " + round.call().name())
            .addSections(Section.of(dossier.municipality().name(), withTotal)).build());
    }
}
