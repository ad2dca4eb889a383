package nl.sociaaldomein.atelier.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.Timestamps;

/**
 * Creates and upgrades a store's schema from versioned SQL files ({@code sqlite/V1__journal.sql},
 * {@code postgres/V1__journal.sql}, ... next to this class), run in order inside one transaction
 * that also records each version in {@value #VERSION_TABLE}. A store whose schema is newer than
 * this code knows is refused, and nothing is changed.
 *
 * <p>A migration file holds statements that each end with {@code ;} at the end of a line followed
 * by an empty line (or the end of the file), so that trigger and function bodies may hold
 * semicolons of their own.
 */
final class SchemaMigrations {

    static final String VERSION_TABLE = "atelier_schema_version";

    record Migration(int version, String description, String file) {
    }

    /** Every migration, in order; a new one is added at the end with the next version. */
    static final List<Migration> ALL = List.of(
        new Migration(1, "journal records, append-only", "V1__journal.sql"));

    private SchemaMigrations() {
    }

    static int latest() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Brings the store to {@link #latest()}; answers the version it is at. */
    static int migrate(Engine engine) {
        try {
            return engine.transaction(connection -> {
                engine.lockSchema(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE
                        + " (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
                }
                int current = current(connection);
                if (current > latest()) {
                    throw new StoreException(engine.location() + " has schema version " + current
                        + ", newer than this version of Atelier knows (" + latest() + "); use an Atelier release"
                        + " that knows schema " + current + " or later. Nothing was changed");
                }
                for (Migration migration : ALL) {
                    if (migration.version() > current) {
                        apply(connection, engine, migration);
                    }
                }
                return latest();
            }, version -> true);
        } catch (SQLException e) {
            throw engine.failure("checking the schema version", e);
        }
    }

    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, Engine engine, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(engine.migrations() + "/" + migration.file()))) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO " + VERSION_TABLE + " (version, description, applied_at) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, Timestamps.format(Timestamps.micros(Instant.now())));
            insert.executeUpdate();
        }
    }

    private static String read(String resource) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration " + resource + " is missing from the library's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }

    /** The statements of a migration file: each ends with ';' at a line's end before an empty line or the end. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = script.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (current.length() == 0 && (line.isBlank() || line.strip().startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            boolean last = i + 1 == lines.length || lines[i + 1].isBlank();
            if (line.stripTrailing().endsWith(";") && last) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("a migration ends in an unfinished statement: " + current.toString().strip());
        }
        return statements;
    }
}
