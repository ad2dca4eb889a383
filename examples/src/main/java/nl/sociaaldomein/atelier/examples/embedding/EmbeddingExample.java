package nl.sociaaldomein.atelier.examples.embedding;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;

/**
 * Atelier inside your own application, in five steps and only the public API: load a
 * municipality's profile, read a round file, run the round, post it to a ledger, render a report.
 * Copy it and replace the {@code throw}s with your own error handling.
 *
 * <pre>{@code
 * java -cp examples/target/atelier.jar nl.sociaaldomein.atelier.examples.embedding.EmbeddingExample \
 *     examples/src/main/resources/scenarios/data/hoogeveen-2016.yaml hoogeveen funding-overview
 * }</pre>
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** What the example produced: how many entries the round posted, and the report as Markdown. */
    public record Result(int ledgerEntries, String markdown) {
    }

    /** Arguments: a round file, a profile id, a report format id. Prints the report as Markdown. */
    public static void main(String[] args) {
        Result result = run(Path.of(args[0]), args[1], args[2]);
        System.err.println("posted " + result.ledgerEntries() + " ledger entries");
        System.out.print(result.markdown());
    }

    public static Result run(Path roundFile, String profileId, String reportId) {
        // tag::walkthrough[]
        // 1. The municipality's way of working: its criteria, policy and report formats.
        //    Loaded once per id and shared: a LoadedProfile is immutable and safe between threads.
        LoadedProfile profile = Atelier.profile(profileId);

        // 2. The round file: initiatives, budget, call, scores (and decisions, if already taken).
        //    Every problem comes back at once, each with file:line:column and path.
        //    The call runs under the profile's limits: the stricter maximum and minimum win (Thresholds#applyTo).
        RoundPlan plan = profile.readRound(roundFile).orElseThrow();   // or ProblemException with every problem

        // 3. Assess, decide (recorded decisions win, else the profile's policy) and allocate;
        //    grants and reservations are posted to the ledger as one batch, all or nothing. The ledger keeps
        //    every batch in a hash-chained journal (here in memory; a database engine implements the same port).
        CriteriaFramework framework = profile.framework(plan.frameworkId()).orElseThrow(
            () -> new IllegalArgumentException(profileId + " has no criteria framework '" + plan.frameworkId() + "'"));
        AllocationPolicy policy = profile.allocationPolicy().orElseThrow(
            () -> new IllegalArgumentException(profileId + " has no allocation policy"));
        Ledger ledger = Ledger.open(plan.budget(), new InMemoryJournal(), new JsonLedgerCodec(), Clock.systemUTC());
        Dossier dossier = RoundWorkflow.run(plan, framework, policy, ledger).orElseThrow();   // or ProblemException with every problem

        // 4. The ledger now holds one entry per grant and reservation: ledger.view(day) is the budget on any day
        //    as known now, ledger.view(day, moment) as the ledger knew it at that moment.
        // 5. A report of the profile's, built and rendered in Dutch for the public (a natural person is "Particulier"):
        //    the language and the audience are chosen once, in RenderOptions. orElseThrow() throws a
        //    ProblemException carrying every problem (an unknown report, what the dossier lacks for it).
        byte[] markdown = profile.render(reportId, dossier, "markdown", RenderOptions.defaults()).orElseThrow();
        // end::walkthrough[]
        return new Result(ledger.size(), new String(markdown, StandardCharsets.UTF_8));
    }
}
