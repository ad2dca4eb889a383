package nl.sociaaldomein.atelier.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code atelier ledger …}: work on a ledger kept in a store. Its subcommands are added where the
 * app is put together ({@link AtelierApp}); rounds and experiments get command groups of their
 * own beside it.
 */
@Command(name = "ledger", description = {
    "Work on a ledger kept in a store (--store FILE or --store jdbc:postgresql://…):",
    "show its budget as of a day (as known now or at a moment), verify it, post entries from a file."})
final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do with the ledger: show, verify or post");
    }
}
