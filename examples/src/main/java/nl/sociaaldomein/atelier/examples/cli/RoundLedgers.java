package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * The ledger a round is posted to: a fresh one in memory (the default: nothing is kept), or the
 * ledger kept in a store ({@code --store}), started with the round's budget when it is new.
 */
interface RoundLedgers {

    /** A fresh ledger per run, over the round's budget; nothing is kept. */
    RoundLedgers IN_MEMORY = (parsed, plan) -> Ledger.create(plan.budget());

    /** The ledger to post {@code plan} to; a store whose ledger keeps another budget is refused, located at the file's budget. */
    Ledger forRound(InputSource.Parsed parsed, RoundPlan plan);

    /** The ledger called {@code name} in {@code store}; remembers it, so the command can say what was kept. */
    static Kept kept(JournalStore store, String name) {
        return new Kept(store, name);
    }

    /** Posting to a kept ledger, and what it held before. */
    final class Kept implements RoundLedgers {
        private final JournalStore store;
        private final String name;
        private KeptLedger ledger;
        private int entriesBefore;

        private Kept(JournalStore store, String name) {
            this.store = store;
            this.name = name;
        }

        @Override
        public Ledger forRound(InputSource.Parsed parsed, RoundPlan plan) {
            LedgerBudgetRecord wanted = new LedgerBudgetRecord(plan.portfolio().municipality(), plan.budget(), plan.source(),
                LedgerBudgetRecord.budgetPart(plan.provenance()));
            List<String> differences = new ArrayList<>();
            Optional<KeptLedger> opened = KeptLedger.openOrStart(store, name, wanted, Clock.systemUTC(), differences);
            if (opened.isEmpty()) {
                String pointer = parsed.document().root().has("budget") ? "/budget" : "";
                throw Dossiers.problems(parsed.source().name(), List.of(parsed.document().problemAt(pointer, "input.ledger-refused",
                    "grootboek '" + name + "' in " + store.location() + " houdt een ander budget bij: " + String.join("; ", differences)
                    + "; boek deze ronde in een ander grootboek (--ledger NAAM) of een andere opslag", "ledger '" + name
                    + "' in " + store.location() + " keeps another budget: " + String.join("; ", differences)
                    + "; post this round to another ledger (--ledger NAME) or another store")));
            }
            ledger = opened.get();
            entriesBefore = ledger.ledger().size();
            return ledger.ledger();
        }

        /** The kept ledger the round went to, once a round was posted. */
        Optional<KeptLedger> ledger() {
            return Optional.ofNullable(ledger);
        }

        /** How many entries the run added to the kept ledger (0: it held the round's entries already). */
        int added() {
            return ledger == null ? 0 : ledger.ledger().size() - entriesBefore;
        }
    }
}
