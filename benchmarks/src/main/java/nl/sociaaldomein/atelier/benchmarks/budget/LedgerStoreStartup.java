package nl.sociaaldomein.atelier.benchmarks.budget;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.sociaaldomein.atelier.benchmarks.store.StoreFixtures;
import nl.sociaaldomein.atelier.benchmarks.store.StoreStartup;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.OpenCheck;

/**
 * Start-up of a ledger kept in a store: {@code args[0]} ledger entries (default 10^6, the
 * {@link LedgerFixture}'s: grants, advances, reservations and releases over three pots), posted
 * through a {@link Ledger} in batches of 1.000 on each engine, then {@code args[1]} rounds (default
 * 3) of, one after the other:
 * <ul>
 *   <li>{@code baseline}: plain JDBC reading every row's columns once ({@link StoreStartup#plainRead});</li>
 *   <li>{@code whole chain + rebuild}: opening the store and the journal with {@link OpenCheck#WHOLE_CHAIN},
 *       then {@link Ledger#open}, which reads every record again, checking each, decodes it and replays the ledger;</li>
 *   <li>{@code tail + rebuild}: the same with {@link OpenCheck#TAIL}: the chain is then walked once, by the
 *       ledger's rebuild (what the app does).</li>
 * </ul>
 * Prints milliseconds and each figure's ratio to the round's baseline.
 *
 * <pre>java -Xmx4g -cp benchmarks/target/benchmarks.jar nl.sociaaldomein.atelier.benchmarks.budget.LedgerStoreStartup 1000000 3</pre>
 */
public final class LedgerStoreStartup {

    private static final int FILL_BATCH = 1000;

    private LedgerStoreStartup() {
    }

    public static void main(String[] args) throws SQLException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String engine : List.of("sqlite", "postgres")) {
            String location = StoreFixtures.newLocation(engine);
            long fill = System.nanoTime();
            try (JournalStore store = StoreFixtures.open(location)) {
                Ledger ledger = Ledger.open(LedgerFixture.tree(), store.journal("ledger"), new JsonLedgerCodec(), Clock.systemUTC());
                for (int from = 0; from < entries; from += FILL_BATCH) {
                    Result<PostedBatch> posted = ledger.post(Arrays.asList(
                        LedgerFixture.entries(from, Math.min(FILL_BATCH, entries - from))));
                    if (posted.isFailed()) {
                        throw new IllegalStateException("fill: " + posted.problems().get(0));
                    }
                }
            }
            System.out.printf("%s: posted %d entries in batches of %d in %d ms%n", engine, entries, FILL_BATCH,
                millis(System.nanoTime() - fill));
            for (int round = 0; round < rounds; round++) {
                long baseline = StoreStartup.plainRead(location);
                long whole = rebuild(location, OpenCheck.WHOLE_CHAIN, entries);
                long tail = rebuild(location, OpenCheck.TAIL, entries);
                System.out.printf("%s round %d: baseline %d ms | whole chain + rebuild %d ms (%.1f×) | tail + rebuild %d ms (%.1f×)%n",
                    engine, round, millis(baseline), millis(whole), (double) whole / baseline, millis(tail), (double) tail / baseline);
            }
        }
        System.exit(0); // the embedded PostgreSQL stops in a shutdown hook
    }

    private static long rebuild(String location, OpenCheck check, int entries) {
        LedgerFixture.settleHeap();
        long start = System.nanoTime();
        try (JournalStore store = StoreFixtures.open(location)) {
            Ledger ledger = Ledger.open(LedgerFixture.tree(), store.journal("ledger", check), new JsonLedgerCodec(), Clock.systemUTC());
            if (ledger.size() != entries) {
                throw new IllegalStateException("rebuilt " + ledger.size() + " entries, expected " + entries);
            }
        }
        return System.nanoTime() - start;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
