package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import nl.sociaaldomein.atelier.budget.RecordedEntry;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code atelier ledger verify}: walks the kept ledger's hash chain and rebuilds the ledger from
 * it (every entry must hold under the ledger's rules), and prints its head, which an office keeps
 * elsewhere: records cut off at the end leave a chain that still verifies.
 */
@Command(name = "verify", description = {
    "Check a kept ledger: every record's hash and link in the chain, and every entry under the ledger's rules.",
    "Prints the head (records and last hash): keep it elsewhere to notice records cut off at the end."})
final class LedgerVerifyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public void run() {
        store.required();
        store.check();
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.openExisting()) {
            KeptLedger kept = KeptLedger.open(opened, store.ledger(), Clock.systemUTC());
            long head = kept.journal().head();
            JournalRecord last = kept.journal().read(head - 1, 1).get(0);
            Set<String> batches = new HashSet<>();
            for (RecordedEntry entry : kept.ledger().recorded()) {
                batches.add(entry.batchId());
            }
            int entries = kept.ledger().size();
            out.println(Printable.escaped(kept + ": " + Dossiers.count(head, "record", "records") + " (the budget and "
                + Dossiers.count(entries, "entry", "entries") + " in " + Dossiers.count(batches.size(), "batch", "batches")
                + "); every hash and link verifies and every entry holds under the ledger's rules"));
            out.println("head: " + head + " " + (head == 1 ? "record" : "records") + ", last hash " + last.hash());
            out.flush();
        }
    }
}
