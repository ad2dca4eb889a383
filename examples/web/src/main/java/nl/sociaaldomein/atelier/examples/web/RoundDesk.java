package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The round as the pages and the API show it. At first start (an empty ledger) the round's grants
 * and reservations are posted to the store's ledger, in one batch; later starts read them back
 * from the journal. The assessments and decisions are the round file's, run through the profile
 * the same way every start; the budget is always the ledger's, as of a day and as known at a
 * moment.
 */
@Service
public class RoundDesk {

    private static final Logger LOG = LoggerFactory.getLogger(RoundDesk.class);

    private final RoundPlan plan;
    private final Ledger ledger;
    private final Dossier decided;

    public RoundDesk(RoundPlan plan, LoadedProfile profile, Ledger ledger) {
        this.plan = plan;
        this.ledger = ledger;
        CriteriaFramework framework = profile.framework(plan.frameworkId()).orElseThrow(() -> new IllegalStateException(
            "profile " + profile.id() + " has no criteria framework '" + plan.frameworkId() + "'"));
        AllocationPolicy policy = profile.allocationPolicy().orElseThrow(() -> new IllegalStateException(
            "profile " + profile.id() + " has no allocation policy"));
        this.decided = orFail(RoundWorkflow.run(plan, framework, policy));
        if (ledger.size() == 0) {
            orFail(RoundWorkflow.run(plan, framework, policy, ledger));
            LOG.info("first start: the round {} is posted to the ledger ({} entries)", plan.call().id(), ledger.size());
        }
    }

    private static Dossier orFail(Result<Dossier> run) {
        // The bundled round is the app's own: a problem with it is a fault of the build, so the start stops with every problem.
        return run.fold(problems -> {
            throw new IllegalStateException("the bundled round does not run: " + problems);
        }, dossier -> dossier);
    }

    public RoundPlan plan() {
        return plan;
    }

    public Round round() {
        return decided.round().orElseThrow();
    }

    /** The day the round was decided, or the end of its decision phase. */
    public LocalDate decisionDate() {
        return decided.asOf();
    }

    /** The budget as of {@code asOf}, as the ledger knew it at {@code knownAt} (now when empty). */
    public BudgetView budget(LocalDate asOf, Optional<Instant> knownAt) {
        return knownAt.map(moment -> ledger.view(asOf, moment)).orElseGet(() -> ledger.view(asOf));
    }

    /** What the round's reports are made of, with the ledger's budget as of {@code asOf} (as known at {@code knownAt}). */
    public Dossier dossier(LocalDate asOf, Optional<Instant> knownAt) {
        return ImmutableDossier.copyOf(decided).withAsOf(asOf).withBudget(budget(asOf, knownAt));
    }
}
