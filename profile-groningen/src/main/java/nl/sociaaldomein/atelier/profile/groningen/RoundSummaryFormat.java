package nl.sociaaldomein.atelier.profile.groningen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.ReservationView;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.call.RoundSummary;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.report.BarChart;
import nl.sociaaldomein.atelier.report.Block;
import nl.sociaaldomein.atelier.report.BudgetUseChart;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Column;
import nl.sociaaldomein.atelier.report.Figure;
import nl.sociaaldomein.atelier.report.Label;
import nl.sociaaldomein.atelier.report.Note;
import nl.sociaaldomein.atelier.report.Paragraph;
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
    public Result<Report> build(Dossier dossier, Locale locale) {
        if (dossier.round().isEmpty() || dossier.budget().isEmpty()) {
            return ReportProblems.lacks(id(), new Text("het overzicht van een ronde heeft een ronde met besluiten en een budgetstand nodig",
                "the round summary needs a round with decisions and a budget view"));
        }
        Round round = dossier.round().get();
        BudgetView budget = dossier.budget().get();
        String potId = round.call().potId();
        if (budget.pot(potId).isEmpty()) {
            return ReportProblems.lacks(id(), new Text("de budgetstand kent de pot " + potId + " van de oproep niet",
                "the budget view lacks the call's pot " + potId));
        }
        PotView pot = budget.pot(potId).get();
        Money ceiling = pot.ceiling().minus(pot.allocatedToChildren());
        RoundSummary summary = round.summary(ceiling);
        String title = new Text("Overzicht: ", "Summary: ").in(locale) + dossier.title().orElse(round.call().name());
        List<Section> sections = new ArrayList<>();
        Provenance counted = Provenance.computed(new Text("geteld uit de besluiten van de ronde", "counted from the round's decisions")
            .in(locale));
        sections.add(Section.builder().heading(new Text("Ideeën en besluiten", "Ideas and decisions").in(locale))
            .addBlocks(decisions(summary, counted, locale), decisionsChart(summary, locale).from(counted)).build());
        Provenance ledger = Provenance.computed(new Text("uit de besluiten en reserveringen in de budgetstand van "
            + PartialDate.of(dossier.asOf()).format(locale), "from the decisions and reservations in the budget as of "
            + PartialDate.of(dossier.asOf()).format(locale)).in(locale));
        var budgetSection = Section.builder().heading(new Text("Budget", "Budget").in(locale))
            .addBlocks(money(pot, ceiling, dossier.provenance().of("budget", potId, "ceiling"), ledger, unpublished(round), locale));
        if (unpublished(round)) {
            budgetSection.addBlocks(Note.info(new Text("Van wat resteert houdt het college een deel aan voor initiatieven die nog "
                    + "in uitwerking zijn en een deel voor ideeën later in het jaar; de bedragen daarvan zijn niet gepubliceerd, "
                    + "dus ook niet wat daarna resteert.",
                "Of what remains the college keeps part for initiatives still being worked out and part for ideas later in the "
                    + "year; those amounts are not published, and so neither is what remains after them.").in(locale)));
        } else {
            budgetSection.addBlocks(reservations(budget, potId, ledger, locale));
        }
        sections.add(budgetSection.addBlocks(budgetChart(pot, ceiling, locale).from(ledger)).build());
        dossier.source().ifPresent(source -> sections.add(Section.of(new Text("Bron", "Source").in(locale), new Paragraph(source))));
        return Result.ok(Report.builder().title(title)
            .metadata(ReportMetadata.builder().municipality(dossier.municipality()).date(PartialDate.of(dossier.asOf())).build())
            .sections(sections).build());
    }

    /**
     * True when the round holds an initiative still being worked out for which no amount is reserved:
     * the college keeps money for it, but the round file does not say how much (the letter gives none).
     */
    private static boolean unpublished(Round round) {
        return round.initiatives().stream().map(i -> round.decision(i.id())).flatMap(Optional::stream)
            .anyMatch(d -> d instanceof Decision.Deferred deferred && deferred.reservation().isEmpty());
    }

    private static Block decisions(RoundSummary summary, Provenance counted, Locale locale) {
        var table = Table.builder().title(new Text("Ideeën en besluiten", "Ideas and decisions").in(locale))
            .addColumns(Column.of(Label.CATEGORY), Column.of(Label.COUNT))
            .provenance(counted)
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

    private static Figure decisionsChart(RoundSummary summary, Locale locale) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Outcome outcome : OUTCOMES) {
            if (outcome.kind() != DecisionKind.IN_KIND || summary.count(outcome.kind()) > 0) {
                bars.add(BarChart.Bar.of(outcome.words().in(locale), summary.count(outcome.kind())));
            }
        }
        return Figure.of(new Text("Besluiten per soort", "Decisions per kind").in(locale), new BarChart(bars));
    }

    private static Block money(PotView pot, Money ceiling, Optional<Provenance> ceilingSource, Provenance ledger, boolean unpublished,
                               Locale locale) {
        Money beforeReservations = ceiling.minus(pot.granted());
        Cell notPublished = Cell.text(new Text("niet gepubliceerd", "not published").in(locale));
        return Table.builder().title(new Text("Budget ", "Budget ").in(locale) + pot.name())
            .addColumns(Column.of(Label.CATEGORY), Column.of(Label.AMOUNT))
            .provenance(ledger)
            .addRows(Row.of(Cell.text(new Text("beschikbaar budget", "budget available").in(locale)), Cell.money(ceiling))
                .from(1, ceilingSource))
            .addRows(Row.of(Cell.text(new Text("toegekend", "granted").in(locale)), Cell.money(pot.granted())))
            .addRows(Row.of(Cell.text(new Text("resterend vóór reserveringen", "remaining before reservations").in(locale)),
                Cell.money(beforeReservations)))
            .addRows(Row.of(Cell.text(new Text("gereserveerd", "reserved").in(locale)), unpublished ? notPublished : Cell.money(pot.reserved())))
            .addRows(Row.of(Cell.text(new Text("resterend na reserveringen", "remaining after reservations").in(locale)),
                unpublished ? notPublished : Cell.money(beforeReservations.minus(pot.reserved()))))
            .build();
    }

    private static Block reservations(BudgetView budget, String potId, Provenance ledger, Locale locale) {
        var table = Table.builder().title(new Text("Reserveringen", "Reservations").in(locale))
            .addColumns(Column.of(new Text("doel", "purpose").in(locale)), Column.of(Label.AMOUNT)).provenance(ledger);
        for (ReservationView reservation : budget.reservations().values()) {
            if (reservation.potId().equals(potId) && reservation.outstanding().isPositive()) {
                table.addRows(Row.of(Cell.text(reservation.purpose()), Cell.money(reservation.outstanding())));
            }
        }
        var built = table.build();
        return built.withFooter(Row.of(Cell.label(Label.TOTAL), Cell.money(built.moneyTotal(1))));
    }

    private static Figure budgetChart(PotView pot, Money ceiling, Locale locale) {
        return Figure.of(new Text("Gebruik van het budget", "Use of the budget").in(locale),
            BudgetUseChart.of(new BudgetUseChart.Pot(pot.name(), ceiling, pot.granted(), pot.reserved())));
    }
}
