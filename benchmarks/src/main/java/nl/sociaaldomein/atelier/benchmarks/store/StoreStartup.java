package nl.sociaaldomein.atelier.benchmarks.store;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.OpenCheck;
import nl.sociaaldomein.atelier.store.jdbc.StoreExport;

/**
 * Start-up of a kept journal of {@code args[0]} records (default 10^6, filled in batches of 1.000),
 * on each engine, {@code args[1]} rounds (default 3). Each round measures, one after the other:
 * <ul>
 *   <li>{@code baseline}: plain JDBC reading every row's columns once, in pages (no objects, no hashing);</li>
 *   <li>{@code open whole chain}: opening the store and the journal with {@link OpenCheck#WHOLE_CHAIN}
 *       (schema check, then every record read and its hash and link checked);</li>
 *   <li>{@code open tail}: the same with {@link OpenCheck#TAIL};</li>
 *   <li>{@code read all}: reading every record through the journal in pages, which is what
 *       rebuilding the ledger from its journal reads.</li>
 * </ul>
 * Then one export to nowhere. Prints milliseconds and each figure's ratio to the round's baseline.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar nl.sociaaldomein.atelier.benchmarks.store.StoreStartup 1000000 3</pre>
 */
public final class StoreStartup {

    private static final int FILL_BATCH = 1000;
    private static final int PAGE = 10_000;

    private StoreStartup() {
    }

    public static void main(String[] args) throws SQLException {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String engine : List.of("sqlite", "postgres")) {
            String location = StoreFixtures.newLocation(engine);
            long fill = System.nanoTime();
            try (JournalStore store = StoreFixtures.open(location)) {
                Journal journal = store.journal("ledger");
                for (long head = 0; head < records; head += FILL_BATCH) {
                    int size = (int) Math.min(FILL_BATCH, records - head);
                    AppendResult result = journal.append(head, new Batch("fill-" + head, StoreFixtures.AT,
                        StoreFixtures.postings(head, size)));
                    if (!(result instanceof AppendResult.Appended)) {
                        throw new IllegalStateException("fill: " + result);
                    }
                }
            }
            System.out.printf("%s: filled %d records in %d ms%n", engine, records, millis(System.nanoTime() - fill));
            for (int round = 0; round < rounds; round++) {
                long baseline = plainRead(location);
                long whole = open(location, OpenCheck.WHOLE_CHAIN);
                long tail = open(location, OpenCheck.TAIL);
                long read;
                try (JournalStore store = StoreFixtures.open(location)) {
                    Journal journal = store.journal("ledger", OpenCheck.TAIL);
                    long start = System.nanoTime();
                    readAll(journal);
                    read = System.nanoTime() - start;
                }
                System.out.printf("%s round %d: baseline %d ms | open whole chain %d ms (%.1f×) | open tail %d ms"
                        + " | read all %d ms (%.1f×)%n", engine, round, millis(baseline), millis(whole),
                    (double) whole / baseline, millis(tail), millis(read), (double) read / baseline);
            }
            long export = System.nanoTime();
            try (JournalStore store = StoreFixtures.open(location)) {
                StoreExport.write(store, OutputStream.nullOutputStream());
            }
            System.out.printf("%s: export (with its verification) %d ms%n", engine, millis(System.nanoTime() - export));
        }
        System.exit(0); // the embedded PostgreSQL stops in a shutdown hook
    }

    private static long open(String location, OpenCheck check) {
        long start = System.nanoTime();
        try (JournalStore store = StoreFixtures.open(location)) {
            store.journal("ledger", check);
        }
        return System.nanoTime() - start;
    }

    /** Plain JDBC reading every column of every row of journal {@code ledger} once, in pages: the baseline. */
    public static long plainRead(String location) throws SQLException {
        long start = System.nanoTime();
        long after = 0;
        long chars = 0;
        try (Connection connection = StoreFixtures.plainConnection(location)) {
            while (true) {
                int rows = 0;
                try (PreparedStatement query = connection.prepareStatement("SELECT position, batch_id, type, payload,"
                    + " recorded_at, previous_hash, hash FROM atelier_journal WHERE stream = ? AND position > ?"
                    + " ORDER BY position LIMIT ?")) {
                    query.setString(1, "ledger");
                    query.setLong(2, after);
                    query.setInt(3, PAGE);
                    try (ResultSet row = query.executeQuery()) {
                        while (row.next()) {
                            after = row.getLong(1);
                            for (int column = 2; column <= 7; column++) {
                                chars += column == 4 ? row.getBytes(column).length : row.getString(column).length();
                            }
                            rows++;
                        }
                    }
                }
                if (rows == 0) {
                    break;
                }
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("the baseline read nothing");
        }
        return System.nanoTime() - start;
    }

    private static void readAll(Journal journal) {
        long after = 0;
        while (true) {
            List<JournalRecord> page = journal.read(after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
