package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A journal handle inserts at once when the caller expects the head it last saw. When another
 * instance has appended since, or the batch is stored already, the database's keys refuse that
 * insert and the answer is the one the contract gives (Conflict, Duplicate), never a gap or a fork.
 */
class StaleHeadTest {

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    private static Batch batch(String id, String payload) {
        return new Batch(id, Instant.EPOCH, List.of(new NewRecord("grant", payload)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void a_stale_guess_of_the_head_is_refused_by_the_keys_and_answered_as_the_contract_says(StoreFixture fixture) {
        try (JournalStore first = fixture.open(); JournalStore second = fixture.open()) {
            Journal a = first.journal("pot");
            Journal b = second.journal("pot");
            assertThat(a.append(0, batch("a1", "100"))).isInstanceOf(AppendResult.Appended.class);
            assertThat(b.append(1, batch("b1", "200"))).isInstanceOf(AppendResult.Appended.class);

            // A last saw head 1; B has appended since.
            assertThat(a.append(1, batch("a2", "300"))).isEqualTo(new AppendResult.Conflict(1, 2));
            // A now knows head 2; B's batch again is a Duplicate, another batch under its id is refused.
            assertThat(a.append(2, batch("b1", "200"))).isInstanceOf(AppendResult.Duplicate.class);
            assertThat(a.append(2, batch("b1", "999"))).isEqualTo(new AppendResult.BatchIdTaken("b1"));
            assertThat(a.append(2, batch("a2", "300"))).isInstanceOf(AppendResult.Appended.class);
            assertThat(b.append(2, batch("b2", "400"))).isEqualTo(new AppendResult.Conflict(2, 3));

            assertThat(b.read(0, 10)).extracting(r -> r.batchId() + "=" + r.payload())
                .containsExactly("a1=100", "b1=200", "a2=300");
            assertThat(a.verify()).isEmpty();
            assertThat(b.verify()).isEmpty();
        }
    }
}
