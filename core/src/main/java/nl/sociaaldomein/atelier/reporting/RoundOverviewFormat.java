package nl.sociaaldomein.atelier.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.RoundSummary;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Percentage;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.text.Text;

/**
 * {@code round-overview}: a round in figures as a council letter gives them (000_54832993d59957fc.txt:
 * "Van de 43 ideeën hebben we uiteindelijk 19 initiatieven financieel gehonoreerd"): ideas received,
 * count and amount per kind of decision, requested, granted, reserved and remaining, with a bar
 * chart of the decisions. Needs the dossier's round; the ceiling is that of the call's pot in the
 * dossier's budget, and without it the figures against the ceiling are left out, with a note.
 */
public final class RoundOverviewFormat extends GeneralFormat {

    /** The format's id. */
    public static final String ID = "round-overview";

    /** The round overview, with its Dutch and English title and description. */
    public RoundOverviewFormat() {
        super(ID, Text.of("Rondeoverzicht", "Round overview"),
            Text.of("De ronde in cijfers: ontvangen ideeën, besluiten per soort met aantal en bedrag, en wat gevraagd, toegekend, "
                    + "gereserveerd en nog beschikbaar is.",
                "The round in figures: ideas received, decisions per kind with count and amount, and what was requested, granted, "
                    + "reserved and is still available."));
    }

    @Override
    Result<List<Section>> sections(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty()) {
            return lacks(Text.of("het dossier heeft geen ronde; dit overzicht vat de besluiten van een ronde samen",
                "the dossier has no round; this report summarises the decisions of a round"));
        }
        Round round = dossier.round().get();
        Optional<PotView> pot = dossier.budget().flatMap(b -> b.pot(round.call().potId()));
        // Without a pot the ceiling is unknown: the summary is taken against zero and its ceiling figures are not shown.
        RoundSummary summary = round.summary(pot.map(PotView::ceiling).orElse(Money.ZERO));
        return Result.ok(List.of(decisions(summary, dossier, locale), amounts(summary, pot, round, dossier, locale)));
    }

    private static Section decisions(RoundSummary summary, Dossier dossier, Locale locale) {
        Provenance counted = Provenance.computed(Text.of("geteld uit de besluiten van de ronde", "counted from the round's decisions")
            .in(locale));
        List<Row> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (DecisionKind kind : DecisionKind.values()) {
            String label = DecisionLabels.of(kind, locale);
            rows.add(Row.of(Cell.text(label), Cell.count(summary.count(kind)), Cell.money(summary.amount(kind))).from(counted));
            if (summary.count(kind) > 0) {
                bars.add(BarChart.Bar.of(label, summary.count(kind)));
            }
        }
        rows.add(Row.of(Cell.text(DecisionLabels.undecided(locale)), Cell.count(summary.undecided()), Cell.empty()).from(counted));
        if (summary.undecided() > 0) {
            bars.add(BarChart.Bar.of(DecisionLabels.undecided(locale), summary.undecided()));
        }
        Table table = Table.builder().title(Text.of("Besluiten per soort", "Decisions per kind").in(locale))
            .addColumns(Column.of(Text.of("Besluit", "Decision").in(locale)), Column.of(Label.COUNT), Column.of(Label.AMOUNT))
            .rows(rows)
            // Ideas received are a count: an amount under it would add granted and reserved money as if it were what was received.
            .addFooter(Row.of(Cell.text(Text.of("Ontvangen ideeën", "Ideas received").in(locale)), Cell.count(summary.ideasReceived()),
                Cell.empty()).from(counted))
            .build();
        Note amounts = Note.info(Text.of("Het bedrag is het toegekende bedrag, en bij besluiten die nog in uitwerking zijn het gereserveerde.",
            "The amount is the amount granted, and for decisions still being worked out the amount reserved.").in(locale));
        Figure figure = Figure.of(Text.of("Besluiten per soort", "Decisions per kind").in(locale), new BarChart(bars)).from(counted);
        return Section.of(Text.of("Besluiten", "Decisions").in(locale), table, amounts, figure);
    }

    private static Section amounts(RoundSummary summary, Optional<PotView> pot, Round round, Dossier dossier, Locale locale) {
        Provenance computed = Provenance.computed(Text.of("uit de besluiten en de budgetstand van het dossier",
            "from the decisions and the dossier's budget").in(locale));
        // Reserved as the ledger holds it (reservations outside the decisions too), so this report agrees with every other
        // report of the same dossier; without a budget, what the decisions reserve.
        Money reserved = pot.map(PotView::reserved).orElse(summary.reserved());
        Money beforeReservations = summary.ceiling().minus(summary.granted());
        boolean share = pot.isPresent() && summary.ceiling().isPositive();
        List<Column> columns = new ArrayList<>(List.of(Column.of(Text.of("Post", "Item").in(locale)), Column.of(Label.AMOUNT)));
        if (share) {
            columns.add(Column.of(Text.of("Deel van plafond", "Share of ceiling").in(locale)));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(Text.of("Gevraagd", "Requested").in(locale), summary.requested(), summary, share).from(Provenance.computed(
            Text.of("som van de gevraagde bedragen van de initiatieven", "sum of the initiatives' requested amounts").in(locale))));
        rows.add(row(Label.GRANTED, summary.granted(), summary, share).from(computed));
        // "In het budget": what the ledger holds. A letter may keep money back without an amount; that is not booked.
        rows.add(row(Text.of("Gereserveerd in het budget", "Reserved in the budget").in(locale), reserved, summary, share).from(computed));
        if (pot.isPresent()) {
            rows.add(row(Label.CEILING, summary.ceiling(), summary, share)
                .from(1, dossier.provenance().of("budget", pot.get().id(), "ceiling")).from(computed));
            rows.add(row(Text.of("Resterend vóór reserveringen", "Remaining before reservations").in(locale),
                beforeReservations, summary, share).from(computed));
            rows.add(row(Text.of("Resterend in het budget", "Remaining in the budget").in(locale), beforeReservations.minus(reserved),
                summary, share).from(computed));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Table.builder().title(Text.of("Bedragen van de ronde", "Amounts of the round").in(locale))
            .columns(columns).rows(rows).build());
        if (pot.isPresent()) {
            blocks.add(Note.info(Text.of("Plafond van pot " + pot.get().name() + " volgens het budget van het dossier.",
                "Ceiling of pot " + pot.get().name() + " according to the dossier's budget.").in(locale)));
        } else {
            blocks.add(Note.info(Text.of("Het dossier heeft geen budget met pot " + round.call().potId()
                    + ": plafond en resterend bedrag zijn niet bekend.",
                "The dossier has no budget with pot " + round.call().potId() + ": ceiling and remaining amount are not known.").in(locale)));
        }
        return Section.builder().heading(Text.of("Bedragen", "Amounts").in(locale)).blocks(blocks).build();
    }

    private static Row row(String item, Money amount, RoundSummary summary, boolean share) {
        return row(Cell.text(item), amount, summary, share);
    }

    private static Row row(Label item, Money amount, RoundSummary summary, boolean share) {
        return row(Cell.label(item), amount, summary, share);
    }

    private static Row row(Cell item, Money amount, RoundSummary summary, boolean share) {
        return share ? Row.of(item, Cell.money(amount), Cell.percentage(Percentage.of(amount, summary.ceiling())))
            : Row.of(item, Cell.money(amount));
    }
}
