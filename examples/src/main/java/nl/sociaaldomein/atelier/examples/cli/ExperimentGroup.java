package nl.sociaaldomein.atelier.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code atelier experiment …}: keep an experiment register on a store as it happens. Each
 * subcommand reads its commands from a file, has them checked against the register's state and
 * records them as events, or prints the refusal and records nothing.
 */
@Command(name = "experiment", description = {
    "Keep an experiment register on a store (--store FILE or --store jdbc:postgresql://…) as it happens: register experiments,",
    "record measurements, reviews and lifecycle steps, and show the register as of a day and as known at a moment."})
final class ExperimentGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "say what to do with the register: register, measure, review, step or show");
    }
}
