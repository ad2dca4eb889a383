package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code atelier round decide FILE} (the committee's decisions, format {@value RoundFiles#DECISIONS})
 * or {@code atelier round decide --policy --on D} (the profile's allocation policy decides on day
 * D); the grants are posted to the round's ledger on the decision day, with the events, all or nothing.
 */
@Command(name = "decide", description = {"Record the committee's decisions from a file (format " + RoundFiles.DECISIONS + "),",
    "or with --policy --on DATE let the profile's allocation policy decide; grants are posted to the round's ledger on that day."})
final class RoundDecideCommand extends RoundStepCommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The decisions (JSON or YAML); leave out with --policy.")
    Path file;

    @Option(names = "--policy", description = "Let the profile's allocation policy decide, on the day --on gives.")
    boolean policy;

    @Option(names = "--on", paramLabel = "DATE", description = "The day the policy decides (with --policy): 31-05-2016 or 2016-05-31.")
    String on;

    private LocatedDocument document;

    @Override
    List<FileStep<RoundCommand>> steps(KeptRound kept) {
        if (policy) {
            return List.of(new FileStep<>(new RoundCommand.DecideByPolicy(stamp(on, "atelier round decide --policy"), kept.policy()), ""));
        }
        InputSource source = InputSource.file(file);
        document = parse(source);
        Result<List<FileStep<RoundCommand>>> read = RoundFiles.decisions(document, name(), kept.plan().call().potId());
        return Dossiers.orProblems(source.name(), read);
    }

    @Override
    public void run() {
        if (policy == (file != null)) {
            throw new ParameterException(spec.commandLine(), "give either a decisions FILE or --policy (with --on DATE)");
        }
        if (policy && on == null) {
            throw new ParameterException(spec.commandLine(), "--policy needs --on DATE: the day the decisions take effect");
        }
        if (!policy && on != null) {
            throw new ParameterException(spec.commandLine(), "--on goes with --policy; a decisions file gives its own 'date'");
        }
        super.run();
    }

    @Override
    Optional<LocatedDocument> document() {
        return Optional.ofNullable(document);
    }

    @Override
    String name() {
        return file != null ? file.toString() : "atelier round decide --policy";
    }
}
