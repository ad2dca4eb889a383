package nl.sociaaldomein.atelier.store.jdbc;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database holding journals: an SQLite file (the embedded default: one file, created on first
 * use) or a PostgreSQL database shared by several application instances. Each named
 * {@linkplain #journal(String) journal} (a stream: the ledger, a round, ...) is a
 * {@link Journal} with its own positions and hash chain; several share one store.
 *
 * <p>Opening a store creates or upgrades its schema (versioned SQL files and a version table) and
 * refuses a schema newer than this code knows. Opening a journal walks its whole chain and refuses
 * a damaged one with a {@link JournalDamagedException} naming the first bad position; nothing is
 * repaired. A store is safe to use from several threads.
 */
public final class JournalStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JournalStore.class);

    private final Engine engine;
    private final int schemaVersion;

    private JournalStore(Engine engine) {
        this.engine = engine;
        try {
            this.schemaVersion = SchemaMigrations.migrate(engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        LOG.info("store opened: {} (schema version {})", engine.location(), schemaVersion);
    }

    /**
     * The SQLite store in {@code file}, created when no file is there; survives power loss.
     *
     * @param file the SQLite file
     * @return the opened store
     * @throws StoreException when the file cannot be opened or is not an Atelier store
     */
    public static JournalStore sqlite(Path file) {
        return sqlite(file, SqliteOptions.defaults());
    }

    /**
     * The SQLite store in {@code file}, created when no file is there, opened with {@code options}.
     *
     * @param file    the SQLite file
     * @param options what an append survives and how long it waits for another writer
     * @return the opened store
     * @throws StoreException when the file cannot be opened or is not an Atelier store
     */
    public static JournalStore sqlite(Path file, SqliteOptions options) {
        return new JournalStore(SqliteEngine.open(file, options));
    }

    /**
     * A PostgreSQL store with a connection pool of its own, closed with the store.
     *
     * @param options the URL, user, pool size and connect timeout
     * @return the opened store
     * @throws StoreException when the database cannot be reached or is not an Atelier store
     */
    public static JournalStore postgres(PostgresOptions options) {
        return new JournalStore(PostgresEngine.open(options));
    }

    /**
     * A PostgreSQL store on a data source the application already has (its own pool); closing the
     * store leaves the data source open. {@code description} names it in messages (no password).
     *
     * @param dataSource  the application's data source for the PostgreSQL database
     * @param description names the database in messages
     * @return the opened store
     * @throws StoreException when the database cannot be reached or is not an Atelier store
     */
    public static JournalStore postgres(DataSource dataSource, String description) {
        return new JournalStore(PostgresEngine.on(dataSource, description));
    }

    /**
     * {@code location} is a {@code jdbc:postgresql:} URL or the path of an SQLite file.
     *
     * @param location a {@code jdbc:postgresql:} URL or a file path
     * @return the opened store
     * @throws StoreException when the store cannot be opened, or the location is a JDBC URL of another database
     */
    public static JournalStore open(String location) {
        Objects.requireNonNull(location, "location");
        if (PostgresOptions.isUrl(location)) {
            return postgres(PostgresOptions.of(location));
        }
        if (location.startsWith("jdbc:")) {
            throw new StoreException("unknown store " + PostgresOptions.redact(location)
                + ": give the path of an SQLite file or a jdbc:postgresql:// URL");
        }
        return sqlite(Path.of(location));
    }

    /**
     * The journal called {@code stream}, verified from its first record (empty when new). It shares
     * this store's connections: closing it does nothing, closing the store ends it.
     *
     * @param stream the journal's name, such as {@code ledger}
     * @return the journal, open as long as this store is
     * @throws JournalDamagedException when the stored chain does not verify
     */
    public Journal journal(String stream) {
        return journal(stream, OpenCheck.WHOLE_CHAIN);
    }

    /**
     * The journal called {@code stream}, checked as {@code check} says before it is handed out.
     *
     * @param stream the journal's name, such as {@code ledger}
     * @param check  how much of the stored chain to verify now
     * @return the journal, open as long as this store is
     * @throws JournalDamagedException when what is checked does not verify
     */
    public Journal journal(String stream, OpenCheck check) {
        return new JdbcJournal(this, engine, checked(stream), false).verified(check);
    }

    /**
     * A journal on a store of its own, opened for it and closed with it (handy for one-journal programs and tests).
     *
     * @param store  the store, which the journal now owns
     * @param stream the journal's name
     * @return the journal; closing it closes {@code store}
     * @throws JournalDamagedException when the stored chain does not verify (the store is then closed)
     */
    public static Journal journalClosingStore(JournalStore store, String stream) {
        try {
            return new JdbcJournal(store, store.engine, checked(stream), true).verified(OpenCheck.WHOLE_CHAIN);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The names of the journals that hold records, in code-point order (the same on every engine).
     *
     * @return the journal names
     */
    public List<String> streams() {
        try {
            List<String> streams = engine.withConnection(connection -> {
                List<String> names = new ArrayList<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT stream FROM atelier_journal");
                     ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            });
            // Sorted here, not by the database: PostgreSQL's collation depends on the server's locale.
            streams.sort(String::compareTo);
            return List.copyOf(streams);
        } catch (SQLException e) {
            throw engine.failure("listing the journals", e);
        }
    }

    /**
     * The schema version this store is at (the latest this code knows, after opening).
     *
     * @return the version number of the store's schema
     */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Where the store is: a file or a URL without a password.
     *
     * @return the file path or the redacted URL
     */
    public String location() {
        return engine.location();
    }

    Engine engine() {
        return engine;
    }

    private static String checked(String stream) {
        Objects.requireNonNull(stream, "stream");
        if (stream.isBlank() || stream.length() > 200 || stream.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a journal's name is 1 to 200 characters without control characters, was '"
                + stream + "'");
        }
        return stream;
    }

    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "journal store " + location();
    }
}
