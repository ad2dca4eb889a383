package nl.sociaaldomein.atelier.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.CommitteePolicy;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Runs a round from its plan to a {@link Dossier}: open the round, assess, allocate, post the
 * grants and reservations to the ledger, and gather the round, the budget as of the decision
 * date, the portfolio and the municipality. Every failure comes back as the list of problems;
 * a run that fails posts nothing: the round's entries go to the ledger as one batch, all or none.
 *
 * <pre>{@code
 * CriteriaFramework framework = frameworks.get(plan.frameworkId());
 * Result<Dossier> dossier = RoundWorkflow.run(plan, framework, profilePolicy);
 * dossier.problems().forEach(p -> show(p.describe(locale)));   // none when it ran
 * }</pre>
 */
public final class RoundWorkflow {

    /** Who the ledger says recorded the entries. */
    static final String RECORDED_BY = "atelier-workflow";

    private RoundWorkflow() {
    }

    /**
     * Runs the round on a fresh ledger over the plan's budget tree.
     *
     * @param plan      the round file's plan
     * @param framework the call's criteria framework
     * @param policy    decides when the plan holds no committee decisions
     * @return the dossier, or every problem
     */
    public static Result<Dossier> run(RoundPlan plan, CriteriaFramework framework, AllocationPolicy policy) {
        return run(plan, framework, policy, Ledger.create(plan.budget()));
    }

    /**
     * Runs the round and posts its entries to {@code ledger}. The committee's decisions in the
     * plan win; {@code policy} (the profile's) decides only when the plan holds none. Entries this
     * round posted before (same ids) are left out of the balances the round sees and are accepted
     * again as duplicates, so a re-run changes nothing.
     *
     * @param plan      the round file's plan
     * @param framework the call's criteria framework
     * @param policy    decides when the plan holds no committee decisions
     * @param ledger    the ledger to post to
     * @return the dossier, or every problem (nothing is posted then)
     */
    public static Result<Dossier> run(RoundPlan plan, CriteriaFramework framework, AllocationPolicy policy, Ledger ledger) {
        try {
            return runChecked(plan, framework, policy, ledger);
        } catch (ArithmeticException overflow) {
            // A sum of the plan's amounts (a policy's total of requests, a pot's claims) that leaves the range of
            // Money: the plan is wrong, not the library. Nothing was posted: posting comes last and checks first.
            return Result.failed(Problem.invalid("round.amount-overflow", Place.about("round", plan.call().id()),
                "de bedragen tellen op tot meer dan " + Money.MAX + ", het grootste bedrag dat Atelier kan bevatten",
                "the amounts add up to more than " + Money.MAX + ", the largest amount Atelier can hold"));
        }
    }

    private static Result<Dossier> runChecked(RoundPlan plan, CriteriaFramework framework, AllocationPolicy policy, Ledger ledger) {
        List<Problem> problems = new ArrayList<>(checks(plan, framework, ledger));
        Optional<LocalDate> date = plan.decisionDate();
        if (date.isEmpty()) {
            problems.add(Problem.invalid("round.no-decision-date", Place.about("round", plan.call().id()), "geen besluitdatum: geef de besluiten een datum of de oproep een besluitvormingsfase",
                "no decision date: give the decisions a date or the call a decision phase"));
        }
        if (!problems.isEmpty()) {
            return Result.failed(problems);
        }
        Result<Round> assessed = Round.open(plan.call(), framework, plan.portfolio().initiatives())
            .flatMap(round -> round.assess(plan.scores()));
        if (assessed.isFailed()) {
            return Result.failed(assessed.problems());
        }
        Round round = assessed.orElseThrow();
        Result<AllocationPolicy> chosen = plan.committee().isEmpty() ? Result.ok(policy)
            : plan.committee().get().toDecisions(round).map(CommitteePolicy::new);
        if (chosen.isFailed()) {
            return Result.failed(chosen.problems());
        }
        AllocationPolicy deciding = chosen.orElseThrow();
        List<PotBalance> balances = balancesBeforeThisRound(plan, ledger, date.get(), round);
        Result<Round> decidedOrNot = round.trial(deciding, balances)
            .flatMap((Allocation allocation) -> round.apply(allocation, balances, date.get()));
        if (decidedOrNot.isFailed()) {
            return Result.failed(decidedOrNot.problems());
        }
        Round decided = decidedOrNot.orElseThrow();
        String reason = plan.committee().map(c -> c.decidedBy().nl()).orElse(deciding.description().nl());
        List<LedgerEntry> entries = RoundPostings.entries(decided,
            plan.committee().map(CommitteeDecisions::reservations).orElse(List.of()), date.get(), reason, RECORDED_BY,
            outstandingReservations(ledger));
        Result<PostedBatch> posted = entries.isEmpty() ? null : ledger.post(entries);
        if (posted != null && posted.isFailed()) {
            Problem refused = posted.problems().get(0);
            // A date the ledger refuses is the round's decision date (every entry is posted on it), not one entry's.
            Place place = refused.code().equals(RejectionKind.OUTSIDE_PERIOD.code()) ? refused.place().and("decision-date", date.get().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))) : refused.place();
            return Result.failed(new Problem(refused.code(), refused.kind(), place.and("round", plan.call().id()),
                Text.of("het grootboek weigert: " + refused.message().nl(), "the ledger refuses: " + refused.message().en())));
        }
        BudgetView asOf = ledger.view(date.get());
        return Result.ok(Dossier.builder()
            .municipality(plan.portfolio().municipality())
            .title(plan.call().name())
            .source(plan.source())
            .asOf(date.get())
            .portfolio(plan.portfolio())
            .round(decided)
            .budget(asOf)
            .provenance(plan.provenance())
            .build());
    }

    private static List<Problem> checks(RoundPlan plan, CriteriaFramework framework, Ledger ledger) {
        List<Problem> problems = new ArrayList<>();
        Place where = Place.about("round", plan.call().id());
        if (!framework.id().equals(plan.frameworkId())) {
            problems.add(Problem.conflict("round.other-framework", where.and("framework", framework.id()), "de oproep vraagt kader " + plan.frameworkId() + ", gegeven is " + framework.id(),
                "the call asks for framework " + plan.frameworkId() + ", given was " + framework.id()));
        }
        if (ledger.tree().pot(plan.call().potId()).isEmpty()) {
            problems.add(Problem.notFound("round.unknown-pot", where.and("pot", plan.call().potId()), "de pot " + plan.call().potId() + " van de oproep staat niet in de begroting van het grootboek",
                "the call's pot " + plan.call().potId() + " is not in the ledger's budget tree"));
        }
        if (!plan.call().municipality().equals(plan.portfolio().municipality())) {
            problems.add(Problem.conflict("round.other-municipality", where, "de oproep is van " + plan.call().municipality().name() + ", de portefeuille van "
                + plan.portfolio().municipality().name(), "the call belongs to " + plan.call().municipality().name()
                + ", the portfolio to " + plan.portfolio().municipality().name()));
        }
        return problems;
    }

    /**
     * The pots as the ledger holds them on the decision date, without this round's own earlier
     * postings: its grants' parts and its reservations (ids under the call's namespace) are given
     * back, so that a re-run decides on the same balances as the first run and posts the same
     * entries, which the ledger then accepts as duplicates.
     */
    private static List<PotBalance> balancesBeforeThisRound(RoundPlan plan, Ledger ledger, LocalDate date, Round round) {
        BudgetView view = ledger.view(date);
        String callId = plan.call().id();
        Map<String, Money> ownGrants = new HashMap<>();
        Map<String, Money> ownReservations = new HashMap<>();
        for (Initiative initiative : round.initiatives()) {
            boolean ours = ledger.entry(RoundPostings.grantId(callId, initiative.id()))
                .filter(posted -> !posted.entry().effectiveDate().isAfter(date)).isPresent();
            if (ours) {
                view.grant(initiative.id()).ifPresent(grant ->
                    grant.partsByPot().forEach((pot, part) -> ownGrants.merge(pot, part, Money::plus)));
            }
        }
        view.reservations().values().stream()
            .filter(reservation -> reservation.reservationId().startsWith(callId + "/"))
            .forEach(reservation -> ownReservations.merge(reservation.potId(), reservation.outstanding(), Money::plus));
        return view.balances().stream()
            .map(balance -> new PotBalance(balance.potId(), balance.ceiling(),
                balance.granted().minus(ownGrants.getOrDefault(balance.potId(), Money.ZERO)),
                balance.reserved().minus(ownReservations.getOrDefault(balance.potId(), Money.ZERO))))
            .toList();
    }

    /** What every reservation in the ledger still holds, by reservation id. */
    private static Map<String, Money> outstandingReservations(Ledger ledger) {
        Map<String, Money> outstanding = new HashMap<>();
        ledger.view().reservations().forEach((id, reservation) -> outstanding.put(id, reservation.outstanding()));
        return outstanding;
    }

}
