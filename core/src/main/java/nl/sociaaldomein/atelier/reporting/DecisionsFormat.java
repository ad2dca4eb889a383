package nl.sociaaldomein.atelier.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.assessment.Points;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.text.Text;

/**
 * {@code decisions}: every initiative of the round with its decision, the amount granted and the
 * motivation the Awb asks for (art. 3:46: "Een besluit dient te berusten op een deugdelijke
 * motivering"), then a section per decision with the result on each criterion. Needs the
 * dossier's round; initiatives without a decision are listed as such.
 */
public final class DecisionsFormat extends GeneralFormat {

    /** The format's id. */
    public static final String ID = "decisions";

    /** The decisions report, with its Dutch and English title and description. */
    public DecisionsFormat() {
        super(ID, Text.of("Besluiten en motivering", "Decisions and their grounds"),
            Text.of("Per initiatief van de ronde het besluit, het toegekende bedrag en de motivering (Awb art. 3:46): "
                    + "het oordeel per criterium, de doorslaggevende regel en het effect op het budget.",
                "For each initiative of the round the decision, the amount granted and the grounds (Awb art. 3:46): "
                    + "the result per criterion, the deciding rule and the effect on the budget."));
    }

    @Override
    Result<List<Section>> sections(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty()) {
            return lacks(Text.of("het dossier heeft geen ronde; dit overzicht toont de besluiten van een ronde",
                "the dossier has no round; this report shows the decisions of a round"));
        }
        Round round = dossier.round().get();
        if (round.initiatives().isEmpty()) {
            return lacks(Text.of("de ronde " + round.call().id() + " heeft geen initiatieven",
                "round " + round.call().id() + " has no initiatives"));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(overview(round, dossier, locale));
        for (int i = 0; i < round.initiatives().size(); i++) {
            Initiative initiative = round.initiatives().get(i);
            int number = i + 1;
            round.decision(initiative.id()).ifPresent(decision -> sections.add(perDecision(number, initiative, decision, dossier, locale)));
        }
        return Result.ok(sections);
    }

    private Section overview(Round round, Dossier dossier, Locale locale) {
        List<Row> rows = new ArrayList<>();
        Provenance numbered = Provenance.computed(Text.of("volgnummer in de ronde", "position in the round").in(locale));
        Provenance decidedOn = Provenance.computed(Text.of("de datum die de ronde bij het besluit vastlegt (die van de commissie, "
            + "anders het einde van de besluitvormingsfase)", "the date the round records with the decision (the committee's, "
            + "else the end of the decision phase)").in(locale));
        int undecided = 0;
        for (int i = 0; i < round.initiatives().size(); i++) {
            Initiative initiative = round.initiatives().get(i);
            Optional<Decision> decision = round.decision(initiative.id());
            undecided += decision.isEmpty() ? 1 : 0;
            rows.add(Row.of(Cell.count(i + 1), Cell.party(initiative.applicant()), Cell.text(initiative.title()),
                Cell.text(decision.map(d -> DecisionLabels.of(d.kind(), locale)).orElse(DecisionLabels.undecided(locale))),
                // The day the decision was taken (the round's own record), not the day the report looks at.
                round.decisionDate(initiative.id()).map(day -> Cell.date(PartialDate.of(day))).orElse(Cell.empty()),
                decision.filter(d -> d instanceof Decision.Granted).map(d -> Cell.money(((Decision.Granted) d).amount())).orElse(Cell.empty()),
                decision.map(d -> Cell.text(d.motivationText(locale))).orElse(Cell.empty()))
                .from(0, numbered).from(4, round.decisionDate(initiative.id()).map(day -> decidedOn))
                .from(5, dossier.provenance().of("decisions", initiative.id(), "amount")
                    .orElse(Provenance.computed(Text.of("het besluit van de ronde (beleid van het profiel)",
                        "the round's decision (the profile's policy)").in(locale)))));
        }
        Table table = Table.builder()
            .title(Text.of("Besluiten per initiatief: " + round.call().name(), "Decisions per initiative: " + round.call().name()).in(locale))
            .addColumns(Column.of(Label.NUMBER), Column.of(Text.of("Aanvrager", "Applicant").in(locale)),
                Column.of(Text.of("Titel", "Title").in(locale)), Column.of(Text.of("Besluit", "Decision").in(locale)),
                Column.of(Text.of("Besluitdatum", "Date of decision").in(locale)), Column.of(Text.of("Toegekend bedrag", "Amount granted").in(locale)), Column.of(Text.of("Motivering", "Grounds").in(locale)))
            .rows(rows)
            .build();
        table = Table.builder().from(table).addFooter(Row.of(Cell.empty(), Cell.label(Label.TOTAL), Cell.empty(), Cell.empty(),
            Cell.empty(), Cell.money(table.moneyTotal(5)), Cell.empty()).from(Provenance.computed(
                Text.of("som van de toegekende bedragen", "sum of the amounts granted").in(locale)))).build();
        List<Block> blocks = new ArrayList<>();
        blocks.add(table);
        if (undecided > 0) {
            boolean one = undecided == 1;
            blocks.add(Note.info(Text.of(undecided + " van de " + rows.size() + " initiatieven " + (one ? "heeft" : "hebben") + " nog geen besluit.",
                undecided + " of the " + rows.size() + " initiatives " + (one ? "has" : "have") + " no decision yet.").in(locale)));
        }
        return Section.builder().heading(Text.of("Besluiten", "Decisions").in(locale)).blocks(blocks).build();
    }

    private static Section perDecision(int number, Initiative initiative, Decision decision, Dossier dossier, Locale locale) {
        AssessmentResult assessment = decision.motivation().assessment();
        List<Row> rows = new ArrayList<>();
        for (CriterionResult result : decision.motivation().criterionResults()) {
            String verdict = result.verdict().label().in(locale);
            String explanation = result.explanation().in(locale);
            rows.add(Row.of(Cell.count(number), Cell.text(result.criterion().label().in(locale)), Cell.text(verdict),
                result.scoreHundredths().isPresent() ? Cell.text(Points.format(result.scoreHundredths().getAsLong(), locale)) : Cell.empty(),
                explanation.equals(verdict) ? Cell.empty() : Cell.text(explanation))
                .from(0, Provenance.computed(Text.of("volgnummer in de ronde", "position in the round").in(locale))));
        }
        Table criteria = Table.builder()
            .title(Text.of("Oordeel per criterium", "Result per criterion").in(locale))
            // The number repeats the section's, so that the tables still say whose they are in CSV, which has no headings.
            .addColumns(Column.of(Label.NUMBER), Column.of(Text.of("Criterium", "Criterion").in(locale)),
                Column.of(Text.of("Oordeel", "Result").in(locale)),
                Column.of(Text.of("Score", "Score").in(locale)), Column.of(Text.of("Toelichting", "Explanation").in(locale)))
            .rows(rows)
            .build();
        String summary = Text.of("Besluit: ", "Decision: ").in(locale) + DecisionLabels.of(decision.kind(), locale) + ". "
            + (assessment.isAssessed() ? Text.of("Gewogen totaalscore: ", "Weighted total score: ").in(locale)
                + Points.format(assessment.totalHundredths(), locale) + ". " : "")
            + Text.of("Doorslaggevend: ", "Decided by: ").in(locale) + decision.motivation().decidingRule().in(locale) + ".";
        return Section.of(Text.of("Besluit ", "Decision ").in(locale) + number + ": " + initiative.title(), new Paragraph(summary), criteria);
    }
}
