package nl.sociaaldomein.atelier.profile.groningen;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.ReservationView;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.RoundSummary;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Paragraph;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.report.Row;
import nl.sociaaldomein.atelier.report.Section;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A round in figures, as the council letter tells it (000_54832993d59957fc.txt): "Van de 43
 * ideeën hebben we uiteindelijk 19 initiatieven financieel gehonoreerd", nine connected to other
 * parties or a WIJ-team, one still being worked out, 11 not funded, three withdrawn; "Hiermee is
 * een bedrag van € 887.685,- gemoeid. Voor het Innovatieatelier Sociaal Domein is 1 miljoen euro
 * beschikbaar; dat betekent dat we ruim € 112.000 overhouden", part of which is reserved. Budget
 * figures come from the ledger as of the dossier's date, so reservations outside the decisions
 * (ideas later in the year) count too.
 */
public final class RoundSummaryFormat implements ReportFormat {

    public static final String ID = "round-summary";

    /** The letter's words per outcome, in the letter's order. */
    private static final List<Outcome> OUTCOMES = List.of(
        new Outcome(DecisionKind.GRANTED, new Text("financieel gehonoreerd", "funded")),
        new Outcome(DecisionKind.REFERRED, new Text("verbonden met andere partijen of een WIJ-team", "connected to other parties or a WIJ team")),
        new Outcome(DecisionKind.IN_KIND, new Text("ondersteund in natura", "supported in kind")),
        new Outcome(DecisionKind.DEFERRED, new Text("wordt nog verder uitgewerkt", "still being worked out")),
        new Outcome(DecisionKind.REJECTED, new Text("niet gehonoreerd", "not funded")),
        new Outcome(DecisionKind.WITHDRAWN, new Text("teruggetrokken", "withdrawn")));

    private record Outcome(DecisionKind kind, Text words) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description(Locale locale) {
        return new Text("Hoeveel ideeën, hoe ze zijn afgehandeld, en wat er van het budget is toegekend, gereserveerd en over",
            "How many ideas, how they ended, and how much of the budget is granted, reserved and left").in(locale);
    }

    @Override
    public Either<String, Report> build(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty() || dossier.budget().isEmpty()) {
            return Either.left(new Text("het overzicht van een ronde heeft een ronde met besluiten en een budgetstand nodig",
                "the round summary needs a round with decisions and a budget view").in(locale));
        }
        Round round = dossier.round().get();
        BudgetView budget = dossier.budget().get();
        String potId = round.call().potId();
        if (budget.pot(potId).isEmpty()) {
            return Either.left(new Text("de budgetstand kent de pot " + potId + " van de oproep niet",
                "the budget view lacks the call's pot " + potId).in(locale));
        }
        PotView pot = budget.pot(potId).get();
        Money ceiling = pot.ceiling().minus(pot.allocatedToChildren());
        RoundSummary summary = round.summary(ceiling);
        String title = new Text("Overzicht: ", "Summary: ").in(locale) + dossier.title().orElse(round.call().name());
        List<Section> sections = new ArrayList<>();
        sections.add(Section.builder().heading(new Text("Ideeën en besluiten", "Ideas and decisions").in(locale))
            .addBlocks(decisions(summary, locale), decisionsChart(summary, locale)).build());
        sections.add(Section.builder().heading(new Text("Budget", "Budget").in(locale))
            .addBlocks(money(pot, ceiling, locale), reservations(budget, potId, locale), budgetChart(pot, ceiling, locale)).build());
        dossier.source().ifPresent(source -> sections.add(Section.of(new Text("Bron", "Source").in(locale), new Paragraph(source))));
        return Either.right(Report.builder().title(title)
            .metadata(ReportMetadata.builder().municipality(dossier.municipality()).date(PartialDate.of(dossier.asOf())).build())
            .sections(sections).build());
    }

    private static Block decisions(RoundSummary summary, Locale locale) {
        var table = Table.builder().title(new Text("Ideeën en besluiten", "Ideas and decisions").in(locale))
            .addColumns(Column.of(Label.CATEGORY), Column.of(Label.COUNT))
            .addRows(Row.of(Cell.text(new Text("ideeën", "ideas").in(locale)), Cell.count(summary.ideasReceived())));
        for (Outcome outcome : OUTCOMES) {
            // Support in kind is shown only when a round has it: the letter's round had none.
            if (outcome.kind() != DecisionKind.IN_KIND || summary.count(outcome.kind()) > 0) {
                table.addRows(Row.of(Cell.text(outcome.words().in(locale)), Cell.count(summary.count(outcome.kind()))));
            }
        }
        if (summary.undecided() > 0) {
            table.addRows(Row.of(Cell.text(new Text("nog geen besluit", "not yet decided").in(locale)), Cell.count(summary.undecided())));
        }
        return table.build();
    }

    private static Block decisionsChart(RoundSummary summary, Locale locale) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Outcome outcome : OUTCOMES) {
            if (outcome.kind() != DecisionKind.IN_KIND || summary.count(outcome.kind()) > 0) {
                bars.add(BarChart.Bar.of(outcome.words().in(locale), summary.count(outcome.kind())));
            }
        }
        return Figure.of(new Text("Besluiten per soort", "Decisions per kind").in(locale), new BarChart(bars));
    }

    private static Block money(PotView pot, Money ceiling, Locale locale) {
        Money beforeReservations = ceiling.minus(pot.granted());
        return Table.builder().title(new Text("Budget ", "Budget ").in(locale) + pot.name())
            .addColumns(Column.of(Label.CATEGORY), Column.of(Label.AMOUNT))
            .addRows(Row.of(Cell.text(new Text("beschikbaar budget", "budget available").in(locale)), Cell.money(ceiling)))
            .addRows(Row.of(Cell.text(new Text("toegekend", "granted").in(locale)), Cell.money(pot.granted())))
            .addRows(Row.of(Cell.text(new Text("resterend vóór reserveringen", "remaining before reservations").in(locale)),
                Cell.money(beforeReservations)))
            .addRows(Row.of(Cell.text(new Text("gereserveerd", "reserved").in(locale)), Cell.money(pot.reserved())))
            .addRows(Row.of(Cell.text(new Text("resterend na reserveringen", "remaining after reservations").in(locale)),
                Cell.money(beforeReservations.minus(pot.reserved()))))
            .build();
    }

    private static Block reservations(BudgetView budget, String potId, Locale locale) {
        var table = Table.builder().title(new Text("Reserveringen", "Reservations").in(locale))
            .addColumns(Column.of(new Text("doel", "purpose").in(locale)), Column.of(Label.AMOUNT));
        for (ReservationView reservation : budget.reservations().values()) {
            if (reservation.potId().equals(potId) && reservation.outstanding().isPositive()) {
                table.addRows(Row.of(Cell.text(reservation.purpose()), Cell.money(reservation.outstanding())));
            }
        }
        var built = table.build();
        return built.withFooter(Row.of(Cell.label(Label.TOTAL), Cell.money(built.moneyTotal(1))));
    }

    private static Block budgetChart(PotView pot, Money ceiling, Locale locale) {
        return Figure.of(new Text("Gebruik van het budget", "Use of the budget").in(locale),
            BudgetUseChart.of(new BudgetUseChart.Pot(pot.name(), ceiling, pot.granted(), pot.reserved())));
    }
}
