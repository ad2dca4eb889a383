package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamage;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.JournalVerifier;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.Timestamps;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.OpenCheck;
import nl.sociaaldomein.atelier.store.jdbc.StoreException;

/**
 * A ledger the app keeps in a store: the journal named after it, whose first record is the
 * budget ({@link LedgerBudgetRecord}) and whose other records are the ledger's. Opening it walks
 * the hash chain and rebuilds the ledger; a journal that does not verify, or that holds what the
 * ledger's rules refuse, is refused naming the store, the journal and the first bad position, and
 * nothing is repaired.
 */
final class KeptLedger {

    private final String store;
    private final String name;
    private final Journal journal;
    private final LedgerBudgetRecord budget;
    private final Ledger ledger;

    private KeptLedger(String store, String name, Journal journal, LedgerBudgetRecord budget, Ledger ledger) {
        this.store = store;
        this.name = name;
        this.journal = journal;
        this.budget = budget;
        this.ledger = ledger;
    }

    /** The ledger called {@code name} in {@code store}; refused when the store holds none of that name. */
    static KeptLedger open(JournalStore store, String name, Clock clock) {
        Journal journal = journal(store, name);
        Optional<LedgerBudgetRecord> budget = budgetOf(store, name, journal);
        if (budget.isEmpty()) {
            throw new BadInputException("atelier: " + store.location() + " keeps no ledger '" + name + "'" + others(store)
                + "; a round posted with 'atelier replay SCENARIO --store …' or 'atelier run FILE --profile ID --store …' starts one");
        }
        return rebuilt(store, name, journal, budget.get(), clock);
    }

    /**
     * The ledger called {@code name}, started with {@code wanted}'s budget when the store has none of
     * that name yet. Empty when the store's ledger keeps another budget: {@code differences} says how.
     */
    static Optional<KeptLedger> openOrStart(JournalStore store, String name, LedgerBudgetRecord wanted, Clock clock,
                                            List<String> differences) {
        Journal journal = journal(store, name);
        Optional<LedgerBudgetRecord> budget = budgetOf(store, name, journal);
        while (budget.isEmpty()) {
            Instant at = Timestamps.micros(clock.instant());
            AppendResult started = journal.append(0, new Batch(LedgerBudgetRecord.BATCH_ID, at,
                List.of(new NewRecord(LedgerBudgetRecord.TYPE, wanted.toJson()))));
            if (!(started instanceof AppendResult.Appended) && !(started instanceof AppendResult.Duplicate)
                && !(started instanceof AppendResult.Conflict)) {
                throw new IllegalStateException("starting ledger '" + name + "' in " + store.location() + ": " + started);
            }
            // Appended, or another process started it first (Conflict, Duplicate): read what is there.
            budget = budgetOf(store, name, journal);
        }
        differences.addAll(budget.get().differences(wanted));
        return differences.isEmpty() ? Optional.of(rebuilt(store, name, journal, budget.get(), clock)) : Optional.empty();
    }

    /**
     * The ledger's journal, checked only at its tail when opened: the ledger then reads every record
     * from the first, checking each one's position, hash and link as it goes ({@link Ledger#open}),
     * so the whole chain is verified once rather than twice.
     */
    private static Journal journal(JournalStore store, String name) {
        try {
            return store.journal(name, OpenCheck.TAIL);
        } catch (JournalDamagedException e) {
            throw damaged(store, name, e.getMessage());
        } catch (StoreException e) {
            throw new BadInputException("atelier: " + e.getMessage());
        }
    }

    private static Optional<LedgerBudgetRecord> budgetOf(JournalStore store, String name, Journal journal) {
        List<JournalRecord> first = journal.read(0, 1);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        JournalRecord record = first.get(0);
        Optional<JournalDamage> damage = new JournalVerifier().check(record);
        if (damage.isPresent()) {
            throw damaged(store, name, new JournalDamagedException(damage.get()).getMessage());
        }
        if (!record.type().equals(LedgerBudgetRecord.TYPE)) {
            throw new BadInputException("atelier: " + store.location() + ": journal '" + name + "' is not a ledger the app keeps: its "
                + "first record is of type '" + record.type() + "', not the budget ('" + LedgerBudgetRecord.TYPE + "'); name another with --ledger");
        }
        try {
            return Optional.of(LedgerBudgetRecord.fromJson(record.payload()));
        } catch (IllegalArgumentException e) {
            throw damaged(store, name, "its budget (record 1) does not read: " + e.getMessage());
        }
    }

    private static KeptLedger rebuilt(JournalStore store, String name, Journal journal, LedgerBudgetRecord budget, Clock clock) {
        try {
            return new KeptLedger(store.location(), name, journal, budget, Ledger.open(budget.tree(), journal, new JsonLedgerCodec(), clock));
        } catch (JournalDamagedException | IllegalStateException e) {
            // A chain that verifies but holds an entry the rules refuse was written around the library: damaged all the same.
            throw damaged(store, name, e.getMessage());
        }
    }

    private static BadInputException damaged(JournalStore store, String name, String why) {
        return new BadInputException("atelier: " + store.location() + ": ledger '" + name + "' is damaged and was not used: " + why
            + ". Nothing was changed or repaired; restore the store from a backup (docs/storage.md)");
    }

    private static String others(JournalStore store) {
        List<String> streams = store.streams();
        return streams.isEmpty() ? " (it keeps nothing yet)" : " (it keeps: " + String.join(", ", streams) + ")";
    }

    String store() {
        return store;
    }

    String name() {
        return name;
    }

    Journal journal() {
        return journal;
    }

    LedgerBudgetRecord budget() {
        return budget;
    }

    Ledger ledger() {
        return ledger;
    }

    /** "ledger 'ledger' in atelier.db": how messages name it. */
    @Override
    public String toString() {
        return "ledger '" + name + "' in " + store;
    }
}
