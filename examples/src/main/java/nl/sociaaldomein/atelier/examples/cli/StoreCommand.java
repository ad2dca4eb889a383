package nl.sociaaldomein.atelier.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code atelier store …}: the store as a whole: export it as JSON lines (the backup), import such a file into an empty one. */
@Command(name = "store", description = {
    "Back up a store and restore it, or move it from SQLite to PostgreSQL:",
    "export every journal as JSON lines, import such a file into an empty store (the chain is verified)."})
final class StoreCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do with the store: export or import");
    }
}
