package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.ImmutableTable;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.reporting.ReportProblems;
import nl.sociaaldomein.atelier.text.Text;

/**
 * What each initiative asked and got: applicant (a natural person as "Particulier" in public
 * output), theme, requested, granted, and whether the support is one-off ("eenmalige
 * ondersteuning", 002_9515f7258e93469e.txt); totals; and the use of the call's pot as a chart
 * when the dossier holds a budget view.
 */
public final class FundingOverviewFormat implements ReportFormat {

    public static final String ID = "funding-overview";

    private static final Text TITLE = new Text("Financieel overzicht innovatie sociaal domein", "Funding overview social domain innovation");
    private static final Text PER_INITIATIVE = new Text("Per initiatief", "Per initiative");
    private static final Text INITIATIVE = new Text("Initiatief", "Initiative");
    private static final Text APPLICANT = new Text("Aanvrager", "Applicant");
    private static final Text THEME = new Text("Thema", "Theme");
    private static final Text REQUESTED = new Text("Gevraagd", "Requested");
    private static final Text ONE_OFF = new Text("Eenmalig", "One-off");
    private static final Text BUDGET = new Text("Budget", "Budget");
    private static final Text USE = new Text("Benutting van het innovatiebudget", "Use of the innovation budget");
    private static final Text NO_BUDGET = new Text(
        "Het dossier bevat geen budgetoverzicht van pot %s; de benutting wordt niet getoond.",
        "The dossier holds no budget view of pot %s; its use is not shown.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("Per initiatief: aanvrager, thema, gevraagd, toegekend en eenmalig, met totalen en de benutting van het budget",
            "Per initiative: applicant, theme, requested, granted and one-off, with totals and the use of the budget").in(locale);
    }

    @Override
    public Result<Report> build(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty()) {
            return ReportProblems.lacks(id(), RoundRows.NEEDS_A_ROUND);
        }
        Round round = dossier.round().get();
        return Result.ok(Report.builder().title(RoundRows.title(TITLE, dossier, locale)).metadata(RoundRows.metadata(dossier))
            .addSections(Section.of(PER_INITIATIVE.in(locale), new Paragraph(summary(round, locale)), table(dossier, round, locale)))
            .addSections(Section.of(BUDGET.in(locale), budget(dossier, round, locale)))
            .build());
    }

    private static Table table(Dossier dossier, Round round, Locale locale) {
        ImmutableTable.Builder table = Table.builder()
            .addColumns(Column.of(nl.sociaaldomein.atelier.report.Label.NUMBER), Column.of(INITIATIVE.in(locale)),
                Column.of(APPLICANT.in(locale)), Column.of(THEME.in(locale)), Column.of(REQUESTED.in(locale)),
                Column.of(nl.sociaaldomein.atelier.report.Label.GRANTED), Column.of(ONE_OFF.in(locale)));
        int number = 0;
        for (Initiative initiative : round.initiatives()) {
            Money granted = RoundRows.granted(round, initiative);
            table.addRows(Row.of(Cell.count(++number), Cell.text(initiative.title()), Cell.party(initiative.applicant()),
                Cell.text(initiative.themes().stream().map(t -> HoogeveenThemes.name(t, locale)).collect(Collectors.joining(", "))),
                Cell.money(initiative.requestedAmount().orElse(Money.ZERO)), Cell.money(granted),
                Cell.mark(granted.isPositive() && round.call().oneOff()))
                .from(0, Provenance.computed(new Text("volgnummer in de ronde", "position in the round").in(locale)))
                .from(4, dossier.provenance().of("portfolio", initiative.id(), "requestedAmount"))
                .from(5, RoundRows.decided(locale))
                .from(6, dossier.provenance().of("call", "oneOff")));
        }
        Table body = table.build();
        return Table.builder().from(body).addFooter(Row.of(Cell.empty(), Cell.label(nl.sociaaldomein.atelier.report.Label.TOTAL),
            Cell.empty(), Cell.empty(), Cell.money(body.moneyTotal(4)), Cell.money(body.moneyTotal(5)), Cell.empty())
            .from(RoundRows.sum(locale))).build();
    }

    private static String summary(Round round, Locale locale) {
        long granted = round.initiatives().stream()
            .filter(i -> round.decision(i.id()).filter(d -> d.kind() == DecisionKind.GRANTED).isPresent()).count();
        MoneyFormat money = MoneyFormat.forLocale(locale);
        String max = money.format(round.call().maximumAmount());
        String oneOffNl = round.call().oneOff() ? "eenmalige " : "";
        String oneOffEn = round.call().oneOff() ? "one-off " : "";
        // The maximum is the profile's assumption (the motion's explanation only says that other municipalities differ in
        // "hoogte van het (maximale) subsidiebedrag"): the sentence says so where it states it.
        return new Text(
            granted + " van de " + round.initiatives().size() + " initiatieven krijgen " + oneOffNl + "ondersteuning; het maximum per "
                + "initiatief is " + max + " (aanname: de motie noemt geen maximum).",
            granted + " of the " + round.initiatives().size() + " initiatives receive " + oneOffEn + "support; the maximum per "
                + "initiative is " + max + " (assumption: the motion names no maximum).")
            .in(locale);
    }

    private static Block budget(Dossier dossier, Round round, Locale locale) {
        String potId = round.call().potId();
        Optional<PotView> pot = dossier.budget().flatMap(view -> view.pot(potId));
        if (pot.isEmpty()) {
            return Note.warning(String.format(NO_BUDGET.in(locale), potId));
        }
        PotView view = pot.get();
        Figure figure = Figure.of(USE.in(locale), BudgetUseChart.of(new BudgetUseChart.Pot(view.name(), view.ceiling(), view.granted(),
            view.reserved())));
        return dossier.provenance().of("budget").map(figure::from).orElse(figure);
    }
}
