package nl.sociaaldomein.atelier.store.jdbc;

import java.nio.file.Path;
import java.util.UUID;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.tck.JournalConformanceKit;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite journal keeps the journal contract, also after the file is opened again. */
class SqliteJournalConformanceTest extends JournalConformanceKit {

    @TempDir
    static Path folder;

    @Override
    protected Journal newJournal() {
        return JournalStore.journalClosingStore(JournalStore.sqlite(folder.resolve(UUID.randomUUID() + ".db")), "ledger");
    }

    @Override
    protected Journal reopen(Journal journal) {
        Path file = Path.of(((JdbcJournal) journal).location());
        journal.close();
        return JournalStore.journalClosingStore(JournalStore.sqlite(file), "ledger");
    }
}
