package nl.sociaaldomein.atelier.benchmarks.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.store.jdbc.EmbeddedPostgresServer;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.PostgresOptions;

/** Fresh stores for the storage benchmarks: an SQLite file in a temporary folder, or a new database on the embedded PostgreSQL. */
public final class StoreFixtures {

    /** The moment every benchmark batch is recorded at (transaction time may stand still, never go back). */
    static final Instant AT = Instant.parse("2016-06-30T12:00:00Z");

    /** A ledger posting as the ledger issue serialises one: about 150 bytes of JSON. */
    static String posting(long n) {
        return "{\"kind\":\"grant\",\"pot\":\"innovatieatelier-2016\",\"initiative\":\"I-" + n
            + "\",\"amountCents\":\"2500000\",\"decision\":\"B-2016-06-30-" + n + "\"}";
    }

    static List<NewRecord> postings(long first, int count) {
        List<NewRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(new NewRecord("ledger.posting", posting(first + i)));
        }
        return List.copyOf(records);
    }

    /** Where a new store is: an SQLite file path or a PostgreSQL URL. */
    public static String newLocation(String engine) {
        if (engine.equals("sqlite")) {
            try {
                return Files.createTempDirectory("atelier-bench").resolve("atelier.db").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return EmbeddedPostgresServer.shared().newDatabase();
    }

    public static JournalStore open(String location) {
        return PostgresOptions.isUrl(location)
            ? JournalStore.postgres(PostgresOptions.of(location).withPoolSize(2))
            : JournalStore.sqlite(Path.of(location));
    }

    /** A plain JDBC connection to the same database, with the same durability settings as the store. */
    static Connection plainConnection(String location) throws SQLException {
        if (PostgresOptions.isUrl(location)) {
            Connection connection = DriverManager.getConnection(location + "&reWriteBatchedInserts=true");
            connection.setAutoCommit(false);
            return connection;
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
        }
        return connection;
    }

    private StoreFixtures() {
    }
}
