package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two operating-system processes open the same store at once (the same SQLite file, the same
 * PostgreSQL database) and append to one journal: both finish, every batch is stored once and
 * whole, and the chain verifies. On SQLite the second waits for the file's write lock (and may
 * wait long: SQLite does not queue writers fairly, see docs/storage.md); on PostgreSQL they race for
 * positions and the loser catches up.
 */
class TwoProcessesTest {

    private static final long BATCHES = 100;

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void two_processes_append_to_one_store_and_both_are_kept(StoreFixture fixture) throws Exception {
        try (JournalStore store = fixture.open()) {
            store.journal("crash"); // the schema exists before the race, as it would after the first start
        }
        List<ChildProcess> children = new ArrayList<>();
        long startAt = System.currentTimeMillis() + 4000; // both JVMs are up by then and start together
        for (String run : List.of("first", "second")) {
            children.add(ChildProcess.start(fixture.location(), run, run.hashCode(), BATCHES, startAt));
        }
        Set<String> acknowledged = new HashSet<>();
        for (ChildProcess child : children) {
            assertThat(child.awaitExit(120)).as("exit code; it printed:%n%s", child.output()).isZero();
            assertThat(child.acknowledged()).hasSize((int) BATCHES);
            acknowledged.addAll(child.acknowledged());
        }
        try (JournalStore store = fixture.open()) {
            Journal journal = store.journal("crash");
            List<JournalRecord> records = journal.read(0, Integer.MAX_VALUE);
            Set<String> stored = new HashSet<>();
            records.forEach(record -> stored.add(record.batchId()));
            assertThat(stored).isEqualTo(acknowledged);
            assertThat(journal.verify()).isEmpty();
        }
    }
}
