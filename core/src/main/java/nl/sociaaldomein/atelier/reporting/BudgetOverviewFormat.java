package nl.sociaaldomein.atelier.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.text.Text;

/**
 * {@code budget-overview}: per pot of the dossier's budget view the ceiling (subsidieplafond, Awb
 * 4:22), reserved, granted, advanced (4:95), determined (4:42), to be reclaimed (4:57) and
 * remaining, with the programme's totals and a budget-use figure. Needs the dossier's budget.
 *
 * <p>A parent pot's ceiling includes what is carved out for its child pots, so the programme's
 * total ceiling is every ceiling minus what went to children: that counts each euro once, and the
 * totals keep remaining = ceiling − granted − reserved. The column for child pots appears only
 * when the budget has any.
 */
public final class BudgetOverviewFormat extends GeneralFormat {

    /** The format's id. */
    public static final String ID = "budget-overview";

    /** The budget overview, with its Dutch and English title and description. */
    public BudgetOverviewFormat() {
        super(ID, Text.of("Budgetoverzicht", "Budget overview"),
            Text.of("Per pot het plafond, wat gereserveerd, toegekend, bevoorschot, vastgesteld en terug te vorderen is, en wat resteert.",
                "For each pot the ceiling, what is reserved, granted, advanced, determined and to be reclaimed, and what remains."));
    }

    @Override
    Result<List<Section>> sections(Dossier dossier, Locale locale) {
        if (dossier.budget().isEmpty()) {
            return lacks(Text.of("het dossier heeft geen budget; dit overzicht toont de stand van de potten",
                "the dossier has no budget; this report shows the state of the pots"));
        }
        BudgetView budget = dossier.budget().get();
        if (budget.pots().isEmpty()) {
            return lacks(Text.of("het budget heeft geen potten", "the budget has no pots"));
        }
        boolean tree = budget.pots().values().stream().anyMatch(p -> p.allocatedToChildren().isPositive());
        List<Column> columns = new ArrayList<>(List.of(Column.of(Label.POT), Column.of(Label.CEILING)));
        if (tree) {
            columns.add(Column.of(Text.of("Naar deelpotten", "To child pots").in(locale)));
        }
        columns.addAll(List.of(Column.of(Label.RESERVED), Column.of(Label.GRANTED), Column.of(Text.of("Bevoorschot", "Advanced").in(locale)),
            Column.of(Text.of("Vastgesteld", "Determined").in(locale)), Column.of(Text.of("Terug te vorderen", "To be reclaimed").in(locale)),
            Column.of(Label.REMAINING)));
        List<Row> rows = new ArrayList<>();
        List<BudgetUseChart.Pot> bars = new ArrayList<>();
        Provenance ledger = Provenance.computed(Text.of("uit het plafond en de boekingen van de besluiten tot en met "
            + day(dossier.asOf(), locale), "from the ceiling and the ledger's entries up to " + day(dossier.asOf(), locale)).in(locale));
        for (PotView pot : budget.pots().values()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(pot.name()), Cell.money(pot.ceiling())));
            if (tree) {
                cells.add(Cell.money(pot.allocatedToChildren()));
            }
            cells.addAll(List.of(Cell.money(pot.reserved()), Cell.money(pot.granted()), Cell.money(pot.advanced()),
                Cell.money(pot.determined()), Cell.money(pot.reclaimable()), Cell.money(pot.remaining())));
            rows.add(new Row(cells).from(1, dossier.provenance().of("budget", pot.id(), "ceiling")).from(ledger));
            Money own = pot.ceiling().minus(pot.allocatedToChildren());
            if (own.isPositive() || pot.granted().isPositive() || pot.reserved().isPositive()) {
                bars.add(new BudgetUseChart.Pot(pot.name(), own, pot.granted(), pot.reserved()));
            }
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.text(Text.of("Totaal programma", "Programme total").in(locale)),
            Cell.money(sum(budget, PotView::ceiling).minus(sum(budget, PotView::allocatedToChildren)))));
        if (tree) {
            total.add(Cell.empty());
        }
        total.addAll(List.of(Cell.money(sum(budget, PotView::reserved)), Cell.money(sum(budget, PotView::granted)),
            Cell.money(sum(budget, PotView::advanced)), Cell.money(sum(budget, PotView::determined)),
            Cell.money(sum(budget, PotView::reclaimable)), Cell.money(sum(budget, PotView::remaining))));
        Table table = Table.builder().title(Text.of("Stand per pot", "State per pot").in(locale))
            .columns(columns).rows(rows).addFooter(new Row(total).from(Provenance.computed(
                Text.of("som van de potten; plafonds zonder wat naar deelpotten ging", "sum of the pots; ceilings without what went to child pots")
                    .in(locale)))).build();
        String asOf = day(dossier.asOf(), locale);
        Note note = Note.info(Text.of("Stand per " + asOf + ": alle boekingen met een ingangsdatum tot en met die dag.",
            "As of " + asOf + ": every entry effective up to and including that day.").in(locale));
        Section figures = Section.of(Text.of("Benutting", "Use").in(locale), Figure.of(
            Text.of("Benutting per pot", "Use per pot").in(locale),
            Text.of("Toegekend en gereserveerd tegen het plafond van elke pot, zonder wat naar deelpotten is gegaan.",
                "Granted and reserved against each pot's ceiling, leaving out what went to child pots.").in(locale),
            new BudgetUseChart(bars)).from(ledger));
        return Result.ok(List.of(Section.of(Text.of("Potten", "Pots").in(locale), note, table), figures));
    }

    private static Money sum(BudgetView budget, Function<PotView, Money> figure) {
        return Money.sum(budget.pots().values().stream().map(figure).toList());
    }
}
