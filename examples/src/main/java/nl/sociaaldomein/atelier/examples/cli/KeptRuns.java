package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;

/**
 * {@code run} and {@code replay} with {@code --store}: the round goes to the ledger kept in the
 * store rather than to one in memory, and standard error says what was kept. Posting a round
 * again changes nothing (its entries' ids are derived from the call and the initiatives).
 */
final class KeptRuns {

    private KeptRuns() {
    }

    /** Runs {@code pipeline} on the store's ledger, or in memory when no store was named. */
    static void run(StoreOptions store, String what, PrintWriter err, Consumer<RoundLedgers> pipeline) {
        store.check();
        if (!store.given()) {
            pipeline.accept(RoundLedgers.IN_MEMORY);
            return;
        }
        try (JournalStore opened = store.open()) {
            RoundLedgers.Kept kept = RoundLedgers.kept(opened, store.ledger());
            pipeline.accept(kept);
            String said = kept.ledger().map(ledger -> kept.added() == 0
                    ? "atelier: " + ledger + " holds " + what + "'s entries already; nothing changed"
                    : "atelier: kept in " + ledger + ": " + Dossiers.count(kept.added(), "entry", "entries") + " posted")
                .orElse("atelier: " + what + " holds no round, and the store keeps ledgers only: nothing was kept in "
                    + opened.location());
            err.println(Printable.escaped(said));
            err.flush();
        }
    }
}
