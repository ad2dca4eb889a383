package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema is created and upgraded by the versioned files, once, and a newer schema is refused. */
class SchemaMigrationsTest {

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    private static List<Integer> versions(StoreFixture fixture) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection connection = fixture.raw(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM atelier_schema_version ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void each_migration_runs_once_however_often_the_store_is_opened(StoreFixture fixture) throws SQLException {
        for (int i = 0; i < 3; i++) {
            try (JournalStore store = fixture.open()) {
                assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.latest());
            }
        }
        assertThat(versions(fixture)).containsExactly(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_schema_newer_than_the_code_is_refused_and_left_alone(StoreFixture fixture) throws SQLException {
        try (JournalStore store = fixture.open()) {
            assertThat(store.journal("ledger").append(0, new Batch("b1", Instant.EPOCH, List.of(new NewRecord("t", "p")))))
                .isInstanceOf(AppendResult.Appended.class);
        }
        try (Connection connection = fixture.raw(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO atelier_schema_version (version, description, applied_at)"
                + " VALUES (7, 'from a later release', '2030-01-01T00:00:00.000000Z')");
        }
        assertThatThrownBy(fixture::open)
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("schema version 7")
            .hasMessageContaining("newer than this version of Atelier knows (" + SchemaMigrations.latest() + ")")
            .hasMessageContaining("Nothing was changed");
        assertThat(versions(fixture)).containsExactly(1, 7);
        try (Connection connection = fixture.raw(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM atelier_journal")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void instances_starting_together_on_a_new_postgres_database_migrate_it_once() throws Exception {
        StoreFixture fixture = StoreFixture.postgres();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(() -> {
                    try (JournalStore store = fixture.open()) {
                        return store.schemaVersion();
                    }
                });
            }
            for (Future<Integer> started : pool.invokeAll(starts)) {
                assertThat(started.get()).isEqualTo(SchemaMigrations.latest());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(versions(fixture)).containsExactly(1);
    }

    @Test
    void statements_end_at_a_semicolon_before_an_empty_line_so_bodies_keep_theirs() {
        String script = "-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
            + "    SELECT RAISE(ABORT, 'no');\nEND;\n\n\nCREATE INDEX i ON a (x);";
        assertThat(SchemaMigrations.statements(script)).containsExactly(
            "CREATE TABLE a (x INT)",
            "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND",
            "CREATE INDEX i ON a (x)");
        assertThatThrownBy(() -> SchemaMigrations.statements("CREATE TABLE a (x INT)\n"))
            .hasMessageContaining("unfinished statement");
    }
}
