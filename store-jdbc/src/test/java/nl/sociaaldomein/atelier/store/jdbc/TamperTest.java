package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store changed behind the library's back is refused when opened, naming the first bad
 * position; nothing is repaired, and the store is left as it was found.
 */
class TamperTest {

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    /** Ten batches of one grant each in journal 'ledger'. */
    static void tenGrants(StoreFixture fixture) {
        try (JournalStore store = fixture.open()) {
            Journal journal = store.journal("ledger");
            for (int i = 0; i < 10; i++) {
                AppendResult result = journal.append(i, new Batch("b" + i, Instant.EPOCH.plusSeconds(i),
                    List.of(new NewRecord("ledger.grant", "{\"amount\":\"" + (1000 + i) + "\"}"))));
                assertThat(result).isInstanceOf(AppendResult.Appended.class);
            }
        }
    }

    static void behindTheBack(StoreFixture fixture, String... sql) throws SQLException {
        try (Connection connection = fixture.raw(); Statement statement = connection.createStatement()) {
            fixture.dropAppendOnlyGuard(connection);
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_changed_payload_is_refused_at_its_position(StoreFixture fixture) throws SQLException {
        tenGrants(fixture);
        behindTheBack(fixture, fixture.setPayload("{\"amount\":\"9004\"}") + " WHERE position = 5");
        try (JournalStore store = fixture.open()) {
            assertThatThrownBy(() -> store.journal("ledger"))
                .isInstanceOfSatisfying(JournalDamagedException.class, e -> assertThat(e.damage().position()).isEqualTo(5))
                .hasMessageContaining("position 5")
                .hasMessageContaining("changed after it was written")
                .hasMessageContaining("journal 'ledger'");
        }
        // Not repaired: the changed row is still there for whoever investigates.
        try (Connection connection = fixture.raw(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM atelier_journal")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_missing_row_in_the_middle_is_refused_at_its_position(StoreFixture fixture) throws SQLException {
        tenGrants(fixture);
        behindTheBack(fixture, "DELETE FROM atelier_journal WHERE position = 7");
        try (JournalStore store = fixture.open()) {
            assertThatThrownBy(() -> store.journal("ledger"))
                .isInstanceOfSatisfying(JournalDamagedException.class, e -> assertThat(e.damage().position()).isEqualTo(7))
                .hasMessageContaining("record 7 is missing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_record_forged_with_a_fresh_hash_breaks_the_chain_at_the_next_one(StoreFixture fixture) throws SQLException {
        tenGrants(fixture);
        JournalRecord third;
        try (JournalStore store = fixture.open()) {
            third = store.journal("ledger").read(2, 1).get(0);
        }
        JournalRecord forged = JournalRecord.next(new JournalRecord(2, "x", "x", "x", Instant.EPOCH, "x", third.previousHash()),
            third.batchId(), third.recordedAt(), new NewRecord(third.type(), "{\"amount\":\"1\"}"));
        behindTheBack(fixture, fixture.setPayload(forged.payload()) + ", hash = '" + forged.hash() + "' WHERE position = 3");
        try (JournalStore store = fixture.open()) {
            assertThatThrownBy(() -> store.journal("ledger"))
                .isInstanceOfSatisfying(JournalDamagedException.class, e -> assertThat(e.damage().position()).isEqualTo(4))
                .hasMessageContaining("does not chain to record 3");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_field_that_is_no_longer_readable_is_refused_at_its_position(StoreFixture fixture) throws SQLException {
        tenGrants(fixture);
        behindTheBack(fixture, "UPDATE atelier_journal SET recorded_at = 'yesterday' WHERE position = 6");
        try (JournalStore store = fixture.open()) {
            assertThatThrownBy(() -> store.journal("ledger"))
                .isInstanceOfSatisfying(JournalDamagedException.class, e -> assertThat(e.damage().position()).isEqualTo(6))
                .hasMessageContaining("position 6");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void the_database_itself_refuses_to_change_or_remove_a_record(StoreFixture fixture) throws SQLException {
        tenGrants(fixture);
        try (Connection connection = fixture.raw(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(fixture.setPayload("{}") + " WHERE position = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("DELETE FROM atelier_journal WHERE position = 10"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        try (JournalStore store = fixture.open()) {
            assertThat(store.journal("ledger").head()).isEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void opened_with_a_tail_check_a_change_at_the_end_or_a_gap_anywhere_is_refused(StoreFixture fixture) throws SQLException {
        tenGrants(fixture);
        behindTheBack(fixture, "DELETE FROM atelier_journal WHERE position = 2");
        try (JournalStore store = fixture.open()) {
            assertThatThrownBy(() -> store.journal("ledger", OpenCheck.TAIL))
                .isInstanceOfSatisfying(JournalDamagedException.class, e -> assertThat(e.damage().position()).isEqualTo(2))
                .hasMessageContaining("record 2 is missing");
        }
        StoreFixture other = fixture.engine().equals("SQLite") ? StoreFixture.sqlite(folder) : StoreFixture.postgres();
        tenGrants(other);
        behindTheBack(other, other.setPayload("{}") + " WHERE position = 9");
        try (JournalStore store = other.open()) {
            assertThatThrownBy(() -> store.journal("ledger", OpenCheck.TAIL))
                .isInstanceOfSatisfying(JournalDamagedException.class, e -> assertThat(e.damage().position()).isEqualTo(9));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_tail_check_misses_a_change_far_back_and_verify_finds_it(StoreFixture fixture) throws SQLException {
        try (JournalStore store = fixture.open()) {
            Journal journal = store.journal("ledger");
            for (int i = 0; i < 12; i++) {
                List<NewRecord> records = new java.util.ArrayList<>();
                for (int r = 0; r < 100; r++) {
                    records.add(new NewRecord("ledger.grant", "{\"n\":" + (i * 100 + r) + "}"));
                }
                assertThat(journal.append(i * 100L, new Batch("b" + i, Instant.EPOCH, records)))
                    .isInstanceOf(AppendResult.Appended.class);
            }
        }
        behindTheBack(fixture, fixture.setPayload("{\"n\":-1}") + " WHERE position = 50");
        try (JournalStore store = fixture.open()) {
            Journal journal = store.journal("ledger", OpenCheck.TAIL); // checks positions 199 to 1200 only
            assertThat(journal.verify()).hasValueSatisfying(damage -> assertThat(damage.position()).isEqualTo(50));
            assertThatThrownBy(() -> store.journal("ledger")).isInstanceOf(JournalDamagedException.class);
        }
    }
}
