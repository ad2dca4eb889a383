package nl.sociaaldomein.atelier.examples.consumer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;

/**
 * The part of a vendor's case-management system that runs a municipality's call with Atelier:
 * load the profile once, read a round file, assess, decide and post the grants to a ledger, and
 * render a report. Every step that can fail for the caller's reasons answers with a
 * {@link Result}, so that the system shows all problems at once (Dutch by default, English on
 * request) and never half-does anything.
 */
public final class GrantOffice {

    private final LoadedProfile profile;

    /** The office of the municipality whose profile is {@code profileId} (loaded once, shared between threads). */
    public GrantOffice(String profileId) {
        this.profile = Atelier.profile(profileId);
    }

    /** The profile this office runs calls for. */
    public LoadedProfile profile() {
        return profile;
    }

    /** A round run: what its reports are made of, and the ledger its grants were posted to. */
    public record Run(Dossier dossier, Ledger ledger) {
    }

    /**
     * Reads the round file for the profile (its call under the profile's limits) and runs the
     * round, posting its grants and reservations to a new ledger in one batch.
     */
    public Result<Run> run(Path roundFile) {
        return profile.readRound(roundFile).flatMap(this::run);
    }

    private Result<Run> run(RoundPlan plan) {
        Optional<CriteriaFramework> framework = profile.framework(plan.frameworkId());
        if (framework.isEmpty()) {
            return Result.failed(Problem.notFound("office.unknown-framework", Place.about("framework", plan.frameworkId()),
                "profiel " + profile.id() + " kent geen beoordelingskader '" + plan.frameworkId() + "'",
                "profile " + profile.id() + " has no criteria framework '" + plan.frameworkId() + "'"));
        }
        Optional<AllocationPolicy> policy = profile.allocationPolicy();
        if (policy.isEmpty()) {
            return Result.failed(Problem.notFound("office.no-allocation-policy", Place.about("profile", profile.id()),
                "profiel " + profile.id() + " heeft geen toewijzingsbeleid", "profile " + profile.id() + " has no allocation policy"));
        }
        Ledger ledger = Ledger.open(plan.budget(), new InMemoryJournal(), new JsonLedgerCodec(), Clock.systemUTC());
        return RoundWorkflow.run(plan, framework.get(), policy.get(), ledger).map(dossier -> new Run(dossier, ledger));
    }

    /** The report {@code formatId} of the run, rendered as {@code outputFormat} (markdown, html, csv, json) for the public. */
    public Result<byte[]> report(Run run, String formatId, String outputFormat, RenderOptions options) {
        return profile.render(formatId, run.dossier(), outputFormat, options);
    }
}
