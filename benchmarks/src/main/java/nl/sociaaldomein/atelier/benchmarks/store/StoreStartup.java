package nl.sociaaldomein.atelier.benchmarks.store;

import java.io.OutputStream;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.StoreExport;

/**
 * Start-up of a kept journal: fills a store with {@code args[0]} records (default 10^6, batches of
 * 1.000), closes it, then times, each {@code args[1]} times (default 3), for each engine: opening the
 * store and its journal (schema check and a walk of the whole hash chain), and reading every record
 * once in pages (what rebuilding the ledger from the journal reads). Also times one export to
 * nowhere. Prints one line per measurement, in milliseconds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar nl.sociaaldomein.atelier.benchmarks.store.StoreStartup 1000000 3</pre>
 */
public final class StoreStartup {

    private static final int FILL_BATCH = 1000;
    private static final int PAGE = 10_000;

    private StoreStartup() {
    }

    public static void main(String[] args) {
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
            System.out.printf("%s: filled %d records in %d ms%n", engine, records, millis(fill));
            for (int round = 0; round < rounds; round++) {
                long open = System.nanoTime();
                try (JournalStore store = StoreFixtures.open(location)) {
                    Journal journal = store.journal("ledger");
                    long opened = millis(open);
                    long read = System.nanoTime();
                    long bytes = readAll(journal);
                    System.out.printf("%s: open + verify %d ms, read all %d ms (%d records, %d payload chars), total %d ms%n",
                        engine, opened, millis(read), journal.head(), bytes, millis(open));
                }
            }
            long export = System.nanoTime();
            try (JournalStore store = StoreFixtures.open(location)) {
                StoreExport.write(store, OutputStream.nullOutputStream());
            }
            System.out.printf("%s: export (with its verification) %d ms%n", engine, millis(export));
        }
        System.exit(0); // the embedded PostgreSQL stops in a shutdown hook
    }

    private static long readAll(Journal journal) {
        long after = 0;
        long chars = 0;
        while (true) {
            List<JournalRecord> page = journal.read(after, PAGE);
            if (page.isEmpty()) {
                return chars;
            }
            for (JournalRecord record : page) {
                chars += record.payload().length();
            }
            after = page.get(page.size() - 1).position();
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
