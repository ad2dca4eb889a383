package nl.sociaaldomein.atelier.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One empty store on one engine, for tests that run on both: open it (again and again, as another
 * instance would), and reach its tables behind the library's back to damage them.
 */
abstract class StoreFixture {

    /** A new handle on the same store (its own connections, as another application instance). */
    abstract JournalStore open();

    /** A plain connection to the store's database, not through the library. */
    abstract Connection raw() throws SQLException;

    /** Lifts the append-only trigger, as someone editing the database by hand would. */
    abstract void dropAppendOnlyGuard(Connection connection) throws SQLException;

    /** SQL that sets a row's payload to {@code text}. */
    abstract String setPayload(String text);

    /** What a child process is told to open: the file or the URL. */
    abstract String location();

    abstract String engine();

    @Override
    public String toString() {
        return engine();
    }

    static StoreFixture sqlite(Path folder) {
        Path file = folder.resolve("store-" + UUID.randomUUID() + ".db");
        return new StoreFixture() {
            @Override
            JournalStore open() {
                return JournalStore.sqlite(file);
            }

            @Override
            Connection raw() throws SQLException {
                return DriverManager.getConnection("jdbc:sqlite:" + file);
            }

            @Override
            void dropAppendOnlyGuard(Connection connection) throws SQLException {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TRIGGER atelier_journal_no_update");
                    statement.execute("DROP TRIGGER atelier_journal_no_delete");
                }
            }

            @Override
            String setPayload(String text) {
                return "UPDATE atelier_journal SET payload = '" + text + "'";
            }

            @Override
            String location() {
                return file.toString();
            }

            @Override
            String engine() {
                return "SQLite";
            }
        };
    }

    static StoreFixture postgres() {
        String url = EmbeddedPostgresServer.shared().newDatabase();
        return new StoreFixture() {
            @Override
            JournalStore open() {
                return JournalStore.postgres(PostgresOptions.of(url).withPoolSize(2));
            }

            @Override
            Connection raw() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            void dropAppendOnlyGuard(Connection connection) throws SQLException {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE atelier_journal DISABLE TRIGGER atelier_journal_append_only");
                }
            }

            @Override
            String setPayload(String text) {
                return "UPDATE atelier_journal SET payload = convert_to('" + text + "', 'UTF8')";
            }

            @Override
            String location() {
                return url;
            }

            @Override
            String engine() {
                return "PostgreSQL";
            }
        };
    }
}
