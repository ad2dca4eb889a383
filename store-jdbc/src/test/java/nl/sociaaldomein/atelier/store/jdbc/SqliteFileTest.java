package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite file: created on first use, in WAL mode, never taken over when it is not ours, refused when damaged. */
class SqliteFileTest {

    @TempDir
    Path folder;

    private static void fill(Path file, int batches, int perBatch) {
        try (JournalStore store = JournalStore.sqlite(file)) {
            Journal journal = store.journal("ledger");
            String text = "x".repeat(300);
            for (int b = 0; b < batches; b++) {
                List<NewRecord> records = new ArrayList<>();
                for (int i = 0; i < perBatch; i++) {
                    records.add(new NewRecord("ledger.grant", "{\"n\":" + (b * perBatch + i) + ",\"text\":\"" + text + "\"}"));
                }
                assertThat(journal.append((long) b * perBatch, new Batch("b" + b, Instant.EPOCH.plusSeconds(b), records)))
                    .isInstanceOf(AppendResult.Appended.class);
            }
        }
    }

    @Test
    void a_new_file_is_created_in_wal_mode_and_holds_the_schema_version() throws SQLException {
        Path file = folder.resolve("atelier.db");
        try (JournalStore store = JournalStore.sqlite(file)) {
            assertThat(file).exists();
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.latest());
            try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = raw.createStatement();
                 ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertThat(mode.getString(1)).isEqualTo("wal");
            }
        }
    }

    @Test
    void a_new_store_appears_whole_never_as_an_empty_file_and_leaves_no_temporary_file() throws Exception {
        // A kill between SQLite creating its file and writing the header used to leave an empty
        // file that every later open refused. Watch the name while stores are created: whenever a
        // file is there it already is a database.
        for (int round = 0; round < 20; round++) {
            Path file = folder.resolve("whole-" + round + ".db");
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicLong emptySeen = new java.util.concurrent.atomic.AtomicLong();
            Thread watcher = new Thread(() -> {
                while (!done.get()) {
                    try {
                        if (Files.exists(file) && Files.size(file) == 0) {
                            emptySeen.incrementAndGet();
                        }
                    } catch (IOException gone) {
                        // between exists and size: nothing to see
                    }
                }
            });
            watcher.start();
            try (JournalStore store = JournalStore.sqlite(file)) {
                assertThat(store.journal("s").head()).isZero();
            } finally {
                done.set(true);
                watcher.join();
            }
            assertThat(emptySeen.get()).as("times the new store's file was seen empty").isZero();
        }
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".creating-"));
        }
        // Two openers racing for one new store both get the same store.
        Path shared = folder.resolve("shared.db");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Long>> heads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                heads.add(two.submit(() -> {
                    try (JournalStore store = JournalStore.sqlite(shared)) {
                        return store.journal("s").head();
                    }
                }));
            }
            for (java.util.concurrent.Future<Long> head : heads) {
                assertThat(head.get()).isZero();
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void a_truncated_file_is_refused_naming_the_first_record_that_cannot_be_read() throws IOException {
        Path file = folder.resolve("atelier.db");
        fill(file, 100, 20);
        long size = Files.size(file);
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(size / 2);
        }
        Throwable refused = catchRefusal(file);
        assertThat(refused).isInstanceOf(JournalDamagedException.class);
        long position = ((JournalDamagedException) refused).damage().position();
        assertThat(position).as("the records before the cut are read, the first one after it is named").isBetween(2L, 2000L);
        assertThat(refused).hasMessageContaining("position " + position).hasMessageContaining("cannot be read")
            .hasMessageContaining("left as it is");
        assertThat(Files.size(file)).as("not repaired").isEqualTo(size / 2);
    }

    private static Throwable catchRefusal(Path file) {
        try (JournalStore store = JournalStore.sqlite(file)) {
            store.journal("ledger");
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("a truncated store was opened without complaint");
    }

    @Test
    void an_empty_file_is_refused_not_taken_for_a_new_store() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.db"));
        assertThatThrownBy(() -> JournalStore.sqlite(file))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("is empty (0 bytes)")
            .hasMessageContaining(file.toString());
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void a_file_that_is_not_sqlite_is_refused_unchanged() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "Innovatieatelier 2016\n");
        assertThatThrownBy(() -> JournalStore.sqlite(file))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("is not an SQLite database");
        assertThat(Files.readString(file)).isEqualTo("Innovatieatelier 2016\n");
    }

    @Test
    void another_applications_database_is_refused_unchanged() throws SQLException {
        Path file = folder.resolve("other.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY)");
        }
        assertThatThrownBy(() -> JournalStore.sqlite(file))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("of something else")
            .hasMessageContaining("clients");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void a_missing_folder_is_named() {
        Path file = folder.resolve("no-such-folder").resolve("atelier.db");
        assertThatThrownBy(() -> JournalStore.sqlite(file))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("the folder " + file.getParent() + " does not exist");
    }

    @Test
    void an_append_that_waits_too_long_for_another_process_says_so_and_stores_nothing() throws SQLException {
        Path file = folder.resolve("atelier.db");
        try (JournalStore store = JournalStore.sqlite(file,
            SqliteOptions.defaults().withBusyTimeout(Duration.ofMillis(200)))) {
            Journal journal = store.journal("ledger");
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE"); // another writer holds the file's write lock
                assertThatThrownBy(() -> journal.append(0, new Batch("b1", Instant.EPOCH, List.of(new NewRecord("t", "p")))))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("locked for longer than 200 ms");
                statement.execute("ROLLBACK");
            }
            assertThat(journal.head()).isZero();
            assertThat(journal.append(0, new Batch("b1", Instant.EPOCH, List.of(new NewRecord("t", "p")))))
                .isInstanceOf(AppendResult.Appended.class);
        }
    }

    @Test
    void process_crash_durability_is_a_choice_that_keeps_the_contract() {
        Path file = folder.resolve("atelier.db");
        SqliteOptions options = SqliteOptions.defaults().withDurability(SqliteOptions.Durability.PROCESS_CRASH);
        try (JournalStore store = JournalStore.sqlite(file, options)) {
            assertThat(store.journal("ledger").append(0, new Batch("b1", Instant.EPOCH, List.of(new NewRecord("t", "p")))))
                .isInstanceOf(AppendResult.Appended.class);
        }
        try (JournalStore store = JournalStore.sqlite(file, options)) {
            assertThat(store.journal("ledger").head()).isEqualTo(1);
        }
    }
}
