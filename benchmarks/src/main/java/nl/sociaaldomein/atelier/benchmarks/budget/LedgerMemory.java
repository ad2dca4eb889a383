package nl.sociaaldomein.atelier.benchmarks.budget;

import java.time.Clock;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;

/**
 * Bytes of heap per ledger entry: heap in use after building a ledger of 10^6 fixture entries,
 * minus before, each after a few System.gc() calls, divided by the entries. This counts the
 * entries themselves, the id index and the running totals. Run with
 * {@code java -cp benchmarks/target/benchmarks.jar nl.sociaaldomein.atelier.benchmarks.budget.LedgerMemory}.
 */
public final class LedgerMemory {

    private LedgerMemory() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long before = usedAfterGc();
        Ledger ledger = LedgerFixture.ledgerOf(size);
        long after = usedAfterGc();
        System.out.printf("%d entries: %.1f MB, %d bytes per entry (ledger size %d)%n",
            size, (after - before) / 1e6, (after - before) / size, ledger.size());
        ledger = null;
        before = usedAfterGc();
        InMemoryJournal journal = new InMemoryJournal();
        Ledger journaled = Ledger.open(LedgerFixture.tree(), journal, new JsonLedgerCodec(), Clock.systemUTC());
        for (int i = 0; i < size; i++) {
            journaled.post(LedgerFixture.entry(i));
        }
        long withJournal = usedAfterGc();
        journaled = null;
        long journalOnly = usedAfterGc();
        System.out.printf("journaled: ledger and in-memory journal %d bytes per entry; the journal alone %d bytes per entry"
            + " (%d records)%n", (withJournal - before) / size, (journalOnly - before) / size, journal.head());
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
