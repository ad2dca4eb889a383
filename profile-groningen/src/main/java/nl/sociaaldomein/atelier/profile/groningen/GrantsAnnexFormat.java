package nl.sociaaldomein.atelier.profile.groningen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Label;
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
 * The annex "Bijlage: Toekenningen Innovatieateliers Sociaal Domein" of 000_54832993d59957fc.txt:
 * one row per grant in the round's order, columns "nr", "Instantie", "naam pitch", "bedrag", and
 * the total under the amounts. The applicant travels as a party cell, so a natural person shows
 * as "Particulier" in public output, as in the published annex.
 */
public final class GrantsAnnexFormat implements ReportFormat {

    public static final String ID = "grants-annex";

    static final Text TITLE = new Text("Toekenningen Innovatieateliers Sociaal Domein", "Grants of the Social Domain Innovation Workshops");
    private static final Text APPLICANT = new Text("Instantie", "Organisation");
    private static final Text PITCH = new Text("naam pitch", "pitch name");
    private static final Text AMOUNT = new Text("bedrag", "amount");
    private static final Text NUMBERED_WORDS = new Text("volgnummer van de toekenning, zoals in de bijlage", "position of the grant, as in the annex");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("De toegekende initiatieven met instantie, naam van de pitch en bedrag, zoals de bijlage bij de raadsbrief",
            "The granted initiatives with organisation, pitch name and amount, as the annex to the council letter").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty()) {
            return ReportProblems.lacks(id(), new Text("de bijlage met toekenningen heeft een ronde met besluiten nodig; dit dossier heeft er geen",
                "the grants annex needs a round with decisions; this dossier has none"));
        }
        Round round = dossier.round().get();
        List<Row> rows = new ArrayList<>();
        for (Initiative initiative : round.initiatives()) {
            Optional<Decision> decision = round.decision(initiative.id());
            if (decision.isPresent() && decision.get() instanceof Decision.Granted granted) {
                rows.add(Row.of(Cell.count(rows.size() + 1L), Cell.party(initiative.applicant()), Cell.text(initiative.title()),
                    // The annex numbers its rows 1 to 19 in this order: the number is as published where the portfolio is.
                    Cell.money(granted.amount())).from(0, dossier.provenance().of("portfolio")
                        .orElse(Provenance.computed(NUMBERED_WORDS.in(locale))))
                    .from(3, dossier.provenance().of("decisions", initiative.id(), "amount")));
            }
        }
        var body = Table.builder().title(TITLE.in(locale))
            .addColumns(Column.of(Label.NUMBER), Column.of(APPLICANT.in(locale)), Column.of(PITCH.in(locale)), Column.of(AMOUNT.in(locale)))
            .rows(rows).build();
        // As published: the total stands alone under the amounts.
        Table annex = body.withFooter(Row.of(Cell.empty(), Cell.empty(), Cell.empty(), Cell.money(body.moneyTotal(3)))
            .from(Provenance.computed(new Text("som van de toegekende bedragen", "sum of the amounts granted").in(locale))));
        return Result.ok(Report.builder().title(TITLE.in(locale))
            .metadata(ReportMetadata.builder().municipality(dossier.municipality()).date(PartialDate.of(dossier.asOf())).build())
            .addSections(Section.of(new Text("Bijlage", "Annex").in(locale), annex))
            .build());
    }
}
