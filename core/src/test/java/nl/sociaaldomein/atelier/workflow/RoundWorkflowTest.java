package nl.sociaaldomein.atelier.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.CommitteePolicy;
import nl.sociaaldomein.atelier.call.ProRataPolicy;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/** The workflow on a small synthetic round: postings, idempotence, refusals and the policy used without decisions. */
class RoundWorkflowTest {

    static final Municipality TOWN = Municipality.of("Voorbeeld", "GM9999");
    static final LocalDate DECIDED = LocalDate.of(2017, 4, 30);
    static final CriteriaFramework FRAMEWORK = CriteriaFramework.of("kader", Text.of("Kader", "Framework"),
        List.of(Criterion.scored("need", Text.of("Nodig", "Needed"), new Scale(0, 1), 1)), Optional.empty(), 0,
        ScoreCombinations.CONSENSUS).orElseThrow();
    static final BudgetTree TREE = BudgetTree.ofValid(Pot.programme("programma", "Programma", Money.ofEuros(20_000), BudgetPeriod.year(2017)),
        Pot.child("pot", "Pot", Money.ofEuros(10_000), BudgetPeriod.year(2017), "programma"),
        Pot.child("ander", "Andere pot", Money.ofEuros(10_000), BudgetPeriod.year(2017), "programma"));

    static Initiative initiative(String id, long euros) {
        return Initiative.builder().id(id).title("Idee " + id).applicant(Applicant.organisation("Stichting " + id, OrganisationKind.FOUNDATION))
            .requestedAmount(Money.ofEuros(euros)).build();
    }

    static RoundPlan plan(Optional<CommitteeDecisions> committee) {
        Portfolio portfolio = Portfolio.builder().municipality(TOWN).addInitiatives(initiative("a", 4_000), initiative("b", 3_000),
            initiative("c", 2_000)).build();
        Call call = Call.builder().id("ronde").municipality(TOWN).name("Ronde 2017").potId("pot").maximumAmount(Money.ofEuros(5_000))
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2017, 3, 1), DECIDED)).build();
        return new RoundPlan(Optional.of("test"), portfolio, TREE, call, "kader", List.of(), committee);
    }

    static CommitteeDecisions committee(List<PlannedDecision> decisions) {
        return new CommitteeDecisions(DECIDED, Text.of("commissie", "committee"), decisions,
            List.of(new PlannedReservation("later", "pot", Money.ofEuros(1_000), "later in het jaar")));
    }

    static final List<PlannedDecision> DECISIONS = List.of(
        new PlannedDecision.Granted("a", Map.of("pot", Money.ofEuros(3_000), "ander", Money.ofEuros(1_000)), List.of("verslag")),
        new PlannedDecision.Deferred("b", Optional.of(Money.ofEuros(2_500))),
        new PlannedDecision.Rejected("c", List.of("past niet")));

    @Test
    void grantsAndReservationsArePostedOnTheDecisionDateWithStableIds() {
        Ledger ledger = Ledger.create(TREE);
        Dossier dossier = RoundWorkflow.run(plan(Optional.of(committee(DECISIONS))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();

        assertThat(ledger.entries()).extracting(LedgerEntry::id).containsExactly(
            "round/ronde/grant/a", "round/ronde/deferral/b", "round/ronde/reservation/later");
        assertThat(ledger.entries()).extracting(LedgerEntry::effectiveDate).containsOnly(DECIDED);
        assertThat(dossier.budget().orElseThrow().grant("a").orElseThrow().partsByPot())
            .containsEntry("pot", Money.ofEuros(3_000)).containsEntry("ander", Money.ofEuros(1_000));
        assertThat(dossier.budget().orElseThrow().pot("pot").orElseThrow().remaining()).isEqualTo(Money.ofEuros(3_500));
        assertThat(dossier.asOf()).isEqualTo(DECIDED);
        assertThat(dossier.municipality()).isEqualTo(TOWN);
        assertThat(dossier.round().orElseThrow().decision("c").orElseThrow().kind()).isEqualTo(DecisionKind.REJECTED);

        RoundWorkflow.run(plan(Optional.of(committee(DECISIONS))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();
        assertThat(ledger.size()).as("a re-run posts nothing new").isEqualTo(3);
    }

    @Test
    void withoutDecisionsTheGivenPolicyDecidesOnTheLastDayOfTheDecisionPhase() {
        Dossier dossier = RoundWorkflow.run(plan(Optional.empty()), FRAMEWORK, new CommitteePolicy(List.of())).orElseThrow();
        assertThat(dossier.asOf()).isEqualTo(DECIDED);
        assertThat(dossier.round().orElseThrow().summary(Money.ofEuros(10_000)).undecided()).isEqualTo(3);
    }

    @Test
    void decisionsTheRoundRefusesComeBackAsProblemsAndPostNothing() {
        Ledger ledger = Ledger.create(TREE);
        List<PlannedDecision> tooMuch = List.of(new PlannedDecision.Granted("a", Map.of("pot", Money.ofEuros(5_000)), List.of()),
            new PlannedDecision.Granted("b", Map.of("pot", Money.ofEuros(5_000)), List.of()),
            new PlannedDecision.Withdrawn("zz"));
        List<Problem> unknown = RoundWorkflow.run(plan(Optional.of(committee(tooMuch))), FRAMEWORK, new CommitteePolicy(List.of()), ledger)
            .problems();
        assertThat(unknown).singleElement().satisfies(p -> assertThat(p.place().subject("decision")).contains("zz"));

        List<Problem> overCeiling = RoundWorkflow.run(plan(Optional.of(committee(tooMuch.subList(0, 2)))), FRAMEWORK,
            new CommitteePolicy(List.of()), ledger).problems();
        // The two grants fill the pot; the round accepts them, the ledger then refuses the extra reservation:
        // the round is one batch, so the grants are not posted either.
        assertThat(overCeiling).singleElement().satisfies(p -> assertThat(p.message().en()).contains("ledger refuses"));
        assertThat(ledger.size()).isZero();
    }

    @Test
    void aReRunAfterAnAdvanceOnTheDecisionDayChangesNothingAndDoesNotCrash() {
        Ledger ledger = Ledger.create(TREE);
        RoundWorkflow.run(plan(Optional.of(committee(DECISIONS))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();
        // The first advance is paid on the day of the grant; its entry depends on the round's grant.
        ledger.post(new LedgerEntry.Advance("advance/a/1", DECIDED, "eerste voorschot", "tester", "a", Money.ofEuros(1_000))).orElseThrow();

        RoundWorkflow.run(plan(Optional.of(committee(DECISIONS))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();
        assertThat(ledger.size()).as("a re-run posts nothing new").isEqualTo(4);
    }

    @Test
    void grantingADeferredInitiativeLaterConvertsItsReservationInsteadOfCountingTheMoneyTwice() {
        Ledger ledger = Ledger.create(TREE);
        RoundWorkflow.run(plan(Optional.of(committee(DECISIONS))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();
        assertThat(ledger.view().pot("pot").orElseThrow().reserved()).as("deferral b + later").isEqualTo(Money.ofEuros(3_500));

        // The committee decides on b after all: € 2.000 of the € 2.500 kept for it.
        List<PlannedDecision> revised = List.of(DECISIONS.get(0),
            new PlannedDecision.Granted("b", Map.of("pot", Money.ofEuros(2_000)), List.of()), DECISIONS.get(2));
        Dossier dossier = RoundWorkflow.run(plan(Optional.of(committee(revised))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();

        var pot = dossier.budget().orElseThrow().pot("pot").orElseThrow();
        assertThat(pot.granted()).isEqualTo(Money.ofEuros(5_000));
        assertThat(pot.reserved()).as("only the reservation for later ideas is left").isEqualTo(Money.ofEuros(1_000));
        assertThat(pot.remaining()).isEqualTo(Money.ofEuros(4_000));
        RoundWorkflow.run(plan(Optional.of(committee(revised))), FRAMEWORK, new CommitteePolicy(List.of()), ledger).orElseThrow();
        assertThat(ledger.view().pot("pot").orElseThrow().remaining()).as("a re-run changes nothing").isEqualTo(Money.ofEuros(4_000));
    }

    @Test
    void aPolicyWhoseSumOfRequestsLeavesTheRangeOfMoneyIsAProblemNotAnExceptionAndPostsNothing() {
        Portfolio portfolio = Portfolio.builder().municipality(TOWN).addInitiatives(huge("a"), huge("b")).build();
        Call call = Call.builder().id("ronde").municipality(TOWN).name("Ronde 2017").potId("pot").maximumAmount(Money.MAX)
            .addPhases(PhaseWindow.of(Phase.DECISIONS, LocalDate.of(2017, 3, 1), DECIDED)).build();
        List<AssessorScore> scores = List.of(new AssessorScore("x", "a", "need", 1), new AssessorScore("x", "b", "need", 1));
        RoundPlan plan = new RoundPlan(Optional.empty(), portfolio, TREE, call, "kader", scores, Optional.empty());
        Ledger ledger = Ledger.create(TREE);

        List<Problem> problems = RoundWorkflow.run(plan, FRAMEWORK, new ProRataPolicy(), ledger).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.place().subject("round")).contains("ronde");
            assertThat(p.message().en()).isEqualTo("the amounts add up to more than € 92.233.720.368.547.758,07, the largest amount Atelier can hold");
        });
        assertThat(ledger.size()).isZero();
    }

    private static Initiative huge(String id) {
        return Initiative.builder().id(id).title("Idee " + id).applicant(Applicant.organisation("Stichting " + id,
            OrganisationKind.FOUNDATION)).requestedAmount(Money.MAX).build();
    }
}
