package nl.sociaaldomein.atelier.examples.cli;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Problem;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;

/**
 * A round file through a profile: the call's criteria framework and the profile's allocation
 * policy (the committee's recorded decisions win), posted to a fresh ledger.
 */
final class Rounds {

    private Rounds() {
    }

    static RoundPlan read(InputSource.Parsed parsed) {
        return Dossiers.orProblems(parsed.source().name(), RoundFileReader.read(parsed.document(), parsed.source().directory()));
    }

    static String summary(String name, RoundPlan plan) {
        return name + ": valid round, call " + plan.call().id() + ", "
            + Dossiers.count(plan.portfolio().initiatives().size(), "initiative", "initiatives")
            + (plan.committee().isPresent() ? ", " + Dossiers.count(plan.committee().get().decisions().size(), "decision", "decisions") : "");
    }

    /**
     * Runs the round under the profile's limits ({@link Thresholds#applyTo}); {@code asOf} moves the
     * day the budget is viewed on (the decision date otherwise).
     */
    static Dossier run(String name, RoundPlan read, LoadedProfile profile, Optional<LocalDate> asOf) {
        RoundPlan plan = read.withCall(profile.instance(Thresholds.class).applyTo(read.call()));
        String id = profile.profile().id();
        CriteriaFramework framework = Optional.ofNullable(profile.named(CriteriaFramework.class).get(plan.frameworkId()))
            .or(() -> profile.optional(CriteriaFramework.class).filter(f -> f.id().equals(plan.frameworkId())))
            .orElseThrow(() -> new BadInputException(name + ": the call asks for criteria framework '" + plan.frameworkId()
                + "', which profile '" + id + "' does not have (it has: "
                + String.join(", ", new TreeSet<>(profile.named(CriteriaFramework.class).keySet())) + ")"));
        AllocationPolicy policy = profile.optional(AllocationPolicy.class).orElseThrow(() -> new BadInputException(
            name + ": profile '" + id + "' has no allocation policy, so it does not run calls"));
        Ledger ledger = Ledger.create(plan.budget());
        Either<List<Problem>, Dossier> run = RoundWorkflow.run(plan, framework, policy, ledger);
        if (run.isLeft()) {
            throw new BadInputException(run.getLeft().stream().map(p -> name + ": " + p).toList());
        }
        Dossier dossier = run.get();
        return asOf.map(day -> (Dossier) ImmutableDossier.copyOf(dossier).withAsOf(day).withBudget(ledger.view(day)))
            .orElse(dossier);
    }
}
