package nl.sociaaldomein.atelier.store.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * The child process of {@link LedgerCrashTest}: opens the ledger kept in the store at
 * {@code args[0]} and posts the batches {@link LedgerCrashTest#batch} of run {@code args[1]} in
 * order, printing {@code ack <batch id>} for each accepted one, until it is killed.
 */
public final class CrashingLedger {

    private CrashingLedger() {
    }

    public static void main(String[] args) {
        String run = args[1];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (JournalStore store = JournalStore.open(args[0])) {
            Ledger ledger = Ledger.open(LedgerCrashTest.TREE, store.journal("ledger"), new JsonLedgerCodec(), Clock.systemUTC());
            out.println("ready");
            for (int n = 0; ; n++) {
                Result<PostedBatch> posted = ledger.post(LedgerCrashTest.batch(run, n));
                if (posted.isFailed()) {
                    throw new IllegalStateException("batch " + n + " refused: " + posted.problems().get(0));
                }
                out.println("ack " + posted.orElseThrow().batchId());
            }
        }
    }
}
