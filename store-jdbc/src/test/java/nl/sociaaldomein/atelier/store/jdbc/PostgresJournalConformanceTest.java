package nl.sociaaldomein.atelier.store.jdbc;

import java.util.UUID;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.tck.JournalConformanceKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The PostgreSQL journal keeps the journal contract. Journals are streams of one shared store (as
 * several named journals share a database in use); reopening takes a new store with its own pool.
 */
class PostgresJournalConformanceTest extends JournalConformanceKit {

    private static String url;
    private static JournalStore store;

    @BeforeAll
    static void startServer() {
        url = EmbeddedPostgresServer.shared().newDatabase();
        store = JournalStore.postgres(PostgresOptions.of(url));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Override
    protected Journal newJournal() {
        return store.journal("conformance-" + UUID.randomUUID());
    }

    @Override
    protected Journal reopen(Journal journal) {
        String stream = ((JdbcJournal) journal).stream();
        journal.close();
        return JournalStore.journalClosingStore(JournalStore.postgres(PostgresOptions.of(url)), stream);
    }

    @Override
    protected int concurrentAppenders() {
        return 6;
    }
}
