package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier round open FILE --profile ID}: a round file without initiatives, scores or
 * decisions (the municipality, the budget, the call and its framework) starts the round's
 * journal in the store ({@link KeptRound}) and opens the call. The file is checked as
 * {@code run} checks a round, under the profile; the store keeps it as it was, so every later
 * command rebuilds the round from the store alone.
 */
@Command(name = "open", description = {"Open a call on a store, from a round file (format atelier-round/1) without initiatives,",
    "scores or decisions: the municipality, the budget, the call and its criteria framework, run under --profile."})
final class RoundOpenCommand extends RoundCommandBase {

    @Parameters(paramLabel = "FILE", description = "The round file (JSON or YAML; its portfolio inline, with no initiatives).")
    Path file;

    @Option(names = "--profile", paramLabel = "ID", required = true, description = "The municipality profile (see 'atelier profiles').")
    String profile;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the call opened (left out: undated).")
    String on;

    @Override
    public void run() {
        checkOptions();
        LoadedProfile loaded = LoadedProfile.forOption(round.catalogue(), profile, Optional.empty(), spec);
        InputSource source = InputSource.file(file);
        InputSource.Parsed parsed = Dossiers.orProblems(source.name(), source.parse());
        if (parsed.kind() != FileKind.ROUND) {
            throw new BadInputException(source.name() + ": 'atelier round open' reads a round file (format atelier-round/1), not a "
                + parsed.kind().noun());
        }
        LocatedDocument document = parsed.document();
        // Read as the store will read it again: without a folder, so the portfolio is inline.
        RoundPlan read = Dossiers.orProblems(source.name(), nl.sociaaldomein.atelier.io.RoundFileReader.read(document, Optional.empty()));
        List<Problem> problems = new ArrayList<>();
        if (!read.portfolio().initiatives().isEmpty()) {
            problems.add(document.problemAt("/portfolio/initiatives", "input.not-allowed",
                "'round open' opent de oproep; geef 'initiatives: []' en dien ze in met 'atelier round submit'",
                "'round open' opens the call; give 'initiatives: []' and submit them with 'atelier round submit'"));
        }
        for (String later : List.of("scores", "decisions")) {
            if (document.root().has(later)) {
                problems.add(document.problemAt("/" + later, "input.not-allowed",
                    "'round open' opent de oproep; de " + (later.equals("scores") ? "scores" : "besluiten") + " komen later ('atelier round "
                    + (later.equals("scores") ? "score" : "decide") + "')", "'round open' opens the call; the " + later + " come later ('atelier round "
                    + (later.equals("scores") ? "score" : "decide") + "')"));
            }
        }
        if (!problems.isEmpty()) {
            throw Dossiers.problems(source.name(), FileProblem.inFileOrder(problems));
        }
        RoundPlan plan = Rounds.underProfile(read, loaded);
        Rounds.sameMunicipality(parsed, plan.portfolio().municipality(), loaded);
        Rounds.framework(source.name(), document, plan, loaded);
        Rounds.policy(source.name(), loaded);
        KeptDefinition definition = new KeptDefinition(loaded.profile().id(), source.name(),
            InputFormat.forFile(source.name(), source.bytes()), new String(source.bytes(), StandardCharsets.UTF_8));
        LedgerBudgetRecord budget = new LedgerBudgetRecord(plan.portfolio().municipality(), plan.budget(), plan.source(),
            LedgerBudgetRecord.budgetPart(plan.provenance()));
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.open()) {
            KeptRound.start(opened, plan.call().id(), budget, definition, Clock.systemUTC());
            KeptRound kept = KeptRound.open(opened, plan.call().id(), round.catalogue(), Clock.systemUTC());
            List<Recorded<RoundEvent>> recorded = RoundSteps.apply(kept, List.of(new FileStep<>(
                new RoundCommand.OpenCall(stamp(on, source.name())), "/call")), source.name(), Optional.of(document),
                locale(), Clock.systemUTC());
            out.println(Printable.escaped(source.name() + ": opened " + kept + ": recorded " + RoundSteps.summary(recorded)));
            out.flush();
        }
    }
}
