package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;

/** The 2016 round replayed from the shipped data file through the workflow, as the CLI does it. */
final class Replay {

    static final RoundPlan PLAN = GroningenRound2016.plan();
    /** Never used by a file with the college's decisions; a policy that would decide differently shows if it were. */
    static final AllocationPolicy PROFILE_POLICY = new AwaitingTheCollege(true, 10);

    private Replay() {
    }

    static Dossier dossier() {
        return into(Ledger.create(PLAN.budget()));
    }

    static Dossier into(Ledger ledger) {
        Result<Dossier> run = RoundWorkflow.run(PLAN, GroningenFrameworks.INNOVATIEATELIER_2016, PROFILE_POLICY, ledger);
        assertThat(run.isOk()).as("replay: %s", run).isTrue();
        return run.orElseThrow();
    }
}
