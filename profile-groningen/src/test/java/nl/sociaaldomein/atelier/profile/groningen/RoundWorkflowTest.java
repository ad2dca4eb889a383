package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;

/** How the workflow fails, and what it does when the college has not decided yet. */
class RoundWorkflowTest {

    private final RoundPlan plan = Replay.PLAN;

    @Test
    void aLedgerRejectionStopsTheRunAndPostsNothing() {
        Ledger ledger = Ledger.create(plan.budget());
        // An unrelated reservation dated after the decisions, recorded first: the round's grants, registered late
        // on 31-05-2016, would leave it without room on 01-09-2016, so the whole round is refused.
        ledger.post(new LedgerEntry.Reserve("wmo-later", LocalDate.of(2016, 9, 1), "x", "test", "wmo-later", "wmo-2016",
            Money.ofEuros(900_000), "later")).orElseThrow();
        BudgetView before = ledger.view();

        List<Problem> problems = RoundWorkflow.run(plan, GroningenFrameworks.INNOVATIEATELIER_2016, Replay.PROFILE_POLICY, ledger).problems();

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message().en()).contains("ledger refuses", "would break 01-09-2016", "wmo-later"));
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.view()).isEqualTo(before);
    }

    @Test
    void theWrongFrameworkAndAPotTheLedgerLacksAreBothReported() {
        Ledger other = Ledger.create(nl.sociaaldomein.atelier.budget.BudgetTree.ofValid(
            nl.sociaaldomein.atelier.budget.Pot.programme("elders", "Elders", Money.ofEuros(1), nl.sociaaldomein.atelier.budget.BudgetPeriod.year(2016))));
        List<Problem> problems = RoundWorkflow.run(plan, GroningenFrameworks.AFWEGINGSKADER_2017, Replay.PROFILE_POLICY, other).problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).message().nl()).contains("innovatieatelier-2016", "afwegingskader-2017");
        assertThat(problems.get(1).message().en()).contains("wmo-2016");
    }

    @Test
    void withoutTheCollegesDecisionsTheProfilePolicyDefersEveryIdea() {
        RoundPlan undecided = new RoundPlan(plan.source(), plan.portfolio(), plan.budget(), plan.call(), plan.frameworkId(), plan.scores(),
            Optional.empty());
        Dossier dossier = RoundWorkflow.run(undecided, GroningenFrameworks.INNOVATIEATELIER_2016, Replay.PROFILE_POLICY).orElseThrow();
        // The decision phase ends on 31-05-2016; nothing is assessed (no scores are published), so nothing is reserved either.
        assertThat(dossier.asOf()).isEqualTo(LocalDate.of(2016, 5, 31));
        assertThat(dossier.round().orElseThrow().summary(Money.ofEuros(1_000_000)).count(DecisionKind.DEFERRED)).isEqualTo(43);
        assertThat(dossier.budget().orElseThrow().pot("wmo-2016").orElseThrow().granted()).isEqualTo(Money.ZERO);
    }
}
