package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.RoundFileProblems;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ImmutableDossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;

/**
 * A round file through a profile: the call's criteria framework and the profile's allocation
 * policy (the committee's recorded decisions win), posted to a fresh ledger. Every problem, the
 * workflow's included, is placed in the file with line, column and path, in English as the
 * reader's problems are.
 */
final class Rounds {

    /** The language of problems: the readers word theirs in English, so the run's own problems are too. */
    static final Locale PROBLEMS = Locale.ENGLISH;

    private Rounds() {
    }

    static RoundPlan read(InputSource.Parsed parsed) {
        return Dossiers.orProblems(parsed.source().name(), RoundFileReader.read(parsed.document(), parsed.source().directory(),
            parsed.source().bundled()));
    }

    static String summary(String name, RoundPlan plan) {
        return name + ": valid round, call " + plan.call().id() + ", "
            + Dossiers.count(plan.portfolio().initiatives().size(), "initiative", "initiatives")
            + (plan.committee().isPresent() ? ", " + Dossiers.count(plan.committee().get().decisions().size(), "decision", "decisions") : "");
    }

    /**
     * Runs the round on a fresh ledger under the profile's limits ({@link Thresholds#applyTo}): a
     * bundled scenario as the commands of its round through the round service
     * ({@link Journaled#round}), a user's round file through the batch workflow;
     * {@code asOf} moves the day the budget is viewed on (the decision date otherwise).
     * {@code validate --profile} runs exactly this, and discards it.
     */
    static Dossier run(InputSource.Parsed parsed, RoundPlan read, LoadedProfile profile, Optional<LocalDate> asOf) {
        return run(parsed, read, profile, asOf, RoundLedgers.IN_MEMORY);
    }

    /** As {@link #run(InputSource.Parsed, RoundPlan, LoadedProfile, Optional)}, posting to the ledger {@code ledgers} gives. */
    static Dossier run(InputSource.Parsed parsed, RoundPlan read, LoadedProfile profile, Optional<LocalDate> asOf,
                       RoundLedgers ledgers) {
        String name = parsed.source().name();
        RoundPlan plan = underProfile(read, profile);
        LocatedDocument document = parsed.document();
        sameMunicipality(parsed, plan.portfolio().municipality(), profile);
        CriteriaFramework framework = framework(name, document, plan, profile);
        AllocationPolicy policy = policy(name, profile);
        Ledger ledger;
        Dossier dossier;
        if (parsed.source().bundled() && ledgers == RoundLedgers.IN_MEMORY) {
            // A bundled scenario runs as the commands of its round, through the round service and its journal;
            // a round kept in a store (--store) is posted by the batch workflow to the kept ledger.
            Result<Journaled.Run> run = Journaled.round(plan, framework, policy);
            if (run.isFailed()) {
                throw Dossiers.problems(name, RoundFileProblems.locateAll(document, run.problems()));
            }
            ledger = run.orElseThrow().ledger();
            dossier = run.orElseThrow().dossier();
        } else {
            ledger = ledgers.forRound(parsed, plan);
            Result<Dossier> run = RoundWorkflow.run(plan, framework, policy, ledger);
            if (run.isFailed()) {
                throw Dossiers.problems(name, RoundFileProblems.locateAll(document, run.problems()));
            }
            dossier = run.orElseThrow();
        }
        Dossier made = dossier;
        return asOf.map(day -> (Dossier) ImmutableDossier.copyOf(made).withAsOf(day).withBudget(ledger.view(day)))
            .orElse(made);
    }

    /** The round under the profile's limits ({@link Thresholds#applyTo}): the stricter of the call's and the profile's. */
    static RoundPlan underProfile(RoundPlan read, LoadedProfile profile) {
        return read.withCall(profile.instance(Thresholds.class).applyTo(read.call()));
    }

    /** The criteria framework the call names, as the profile binds it; a problem at {@code /call/framework} when it has none such. */
    static CriteriaFramework framework(String name, LocatedDocument document, RoundPlan plan, LoadedProfile profile) {
        String id = profile.profile().id();
        return Optional.ofNullable(profile.named(CriteriaFramework.class).get(plan.frameworkId()))
            .or(() -> profile.optional(CriteriaFramework.class).filter(f -> f.id().equals(plan.frameworkId())))
            .orElseThrow(() -> Dossiers.problems(name, List.of(document.problemAt("/call/framework", "input.reference-unknown",
                "de oproep vraagt om afwegingskader '" + plan.frameworkId() + "', dat profiel '" + id + "' niet heeft (het heeft: "
                + String.join(", ", new TreeSet<>(profile.named(CriteriaFramework.class).keySet())) + ")", "the call asks for criteria "
                + "framework '" + plan.frameworkId() + "', which profile '" + id + "' does not have (it has: "
                + String.join(", ", new TreeSet<>(profile.named(CriteriaFramework.class).keySet())) + ")"))));
    }

    /** The profile's allocation policy; a profile without one does not run calls. */
    static AllocationPolicy policy(String name, LoadedProfile profile) {
        return profile.optional(AllocationPolicy.class).orElseThrow(() -> new BadInputException(
            name + ": profile '" + profile.profile().id() + "' has no allocation policy, so it does not run calls"));
    }

    /**
     * A file of one municipality run through another's profile would be reported under the other's
     * name, with the other's rules: refused, at the file's CBS code.
     */
    static void sameMunicipality(InputSource.Parsed parsed, Municipality municipality, LoadedProfile profile) {
        if (municipality.cbsCode().equals(profile.profile().cbsCode())) {
            return;
        }
        String pointer = parsed.kind() == FileKind.PORTFOLIO ? "/municipality/cbsCode"
            : parsed.document().root().path("portfolio").isTextual() ? "/portfolio" : "/portfolio/municipality/cbsCode";
        Problem problem = parsed.document().problemAt(pointer, "input.profile-mismatch",
            "het bestand is van " + municipality.name() + " (" + municipality.cbsCode().value() + "), maar profiel '" + profile.profile().id()
            + "' is van " + profile.profile().displayName() + " (" + profile.profile().cbsCode().value() + "); voer het uit met het profiel van "
            + municipality.cbsCode().value() + " (zie 'atelier profiles')", "the file is " + municipality.name() + "'s ("
            + municipality.cbsCode().value() + "), but profile '" + profile.profile().id() + "' is " + profile.profile().displayName()
            + "'s (" + profile.profile().cbsCode().value() + "); run it with the profile of " + municipality.cbsCode().value()
            + " (see 'atelier profiles')");
        throw Dossiers.problems(parsed.source().name(), List.of(problem));
    }
}
