package nl.sociaaldomein.atelier.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code atelier round …}: run a round as it happens, on a store. Each subcommand reads its
 * commands from a file (or the command line), has them checked against the round's state and
 * records them as events in the round's journal, or prints the refusal and records nothing.
 */
@Command(name = "round", description = {
    "Run a round as it happens on a store (--store FILE or --store jdbc:postgresql://…): open the call, submit initiatives,",
    "score, close assessment, decide, handle objections, and show the round as of a day and as known at a moment."})
final class RoundGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "say what to do with the round: open, submit, score, close-assessment, decide, object or show");
    }
}
