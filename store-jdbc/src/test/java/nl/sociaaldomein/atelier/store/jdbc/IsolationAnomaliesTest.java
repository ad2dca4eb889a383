package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The anomalies Hermitage tests databases for, played by two application instances (two store
 * handles) that each read the journal, decide on what they read and append at the position they
 * read up to. The interleavings are forced step by step, so each test shows the one place where
 * the anomaly would slip in, and that the expected-position check stops it.
 */
class IsolationAnomaliesTest {

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    private static Batch one(String id, String type, String payload) {
        return new Batch(id, Instant.EPOCH, List.of(new NewRecord(type, payload)));
    }

    /** The value of the last {@code total} record up to {@code head} (a read-modify-write counter). */
    private static long totalAt(Journal journal, long head) {
        long total = 0;
        for (JournalRecord record : journal.read(0, (int) head)) {
            total = Long.parseLong(record.payload());
        }
        return total;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void lost_update_two_instances_add_to_one_total_and_neither_addition_is_lost(StoreFixture fixture) {
        try (JournalStore first = fixture.open(); JournalStore second = fixture.open()) {
            Journal a = first.journal("total");
            Journal b = second.journal("total");
            assertThat(a.append(0, one("start", "total", "1000"))).isInstanceOf(AppendResult.Appended.class);

            long headA = a.head();
            long headB = b.head();
            long readByA = totalAt(a, headA);
            long readByB = totalAt(b, headB);
            assertThat(a.append(headA, one("a-adds-300", "total", Long.toString(readByA + 300))))
                .isInstanceOf(AppendResult.Appended.class);
            // B's write is based on a read that is no longer current: without the check it would set
            // 1.500 and A's 300 would be lost.
            assertThat(b.append(headB, one("b-adds-500", "total", Long.toString(readByB + 500))))
                .isEqualTo(new AppendResult.Conflict(headB, headB + 1));
            long again = b.head();
            assertThat(b.append(again, one("b-adds-500", "total", Long.toString(totalAt(b, again) + 500))))
                .isInstanceOf(AppendResult.Appended.class);

            assertThat(totalAt(a, a.head())).isEqualTo(1800);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void write_skew_two_reservations_that_each_fit_alone_are_not_both_granted(StoreFixture fixture) {
        try (JournalStore first = fixture.open(); JournalStore second = fixture.open()) {
            PotView a = new PotView(first.journal("pot"), 1000_00);
            PotView b = new PotView(second.journal("pot"), 1000_00);
            a.catchUp();
            b.catchUp();
            // Both have read an empty pot of € 1.000; each reservation of € 600 fits alone.
            assertThat(a.grantOnWhatWasRead("a-reserves-600", 600_00)).isTrue();
            assertThat(b.grantOnWhatWasRead("b-reserves-600", 600_00)).as("B, who read the pot before A's reservation").isFalse();
            assertThat(b.conflicts()).as("B's first try lost and it checked again").isEqualTo(1);

            PotView auditor = new PotView(first.journal("pot"), 1000_00);
            auditor.catchUp();
            assertThat(auditor.grantedCents()).isEqualTo(600_00);
            assertThat(auditor.grants()).containsExactly("a-reserves-600");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void read_skew_a_reader_never_sees_half_a_transfer_and_cannot_act_on_an_old_view(StoreFixture fixture) {
        try (JournalStore first = fixture.open(); JournalStore second = fixture.open()) {
            Journal writer = first.journal("pots");
            Journal reader = second.journal("pots");
            assertThat(writer.append(0, new Batch("open", Instant.EPOCH, List.of(
                new NewRecord("pot-x", "500"), new NewRecord("pot-y", "500"))))).isInstanceOf(AppendResult.Appended.class);

            // The reader reads one record at a time, and between its reads the writer moves 300
            // from X to Y in one batch. Reading up to the head it started from, it sees X and Y as
            // they were together: X + Y is the € 1.000 that was there.
            long head = reader.head();
            long x = 0;
            long y = 0;
            long after = 0;
            boolean moved = false;
            while (after < head) {
                JournalRecord record = reader.read(after, 1).get(0);
                if (record.type().equals("pot-x")) {
                    x += Long.parseLong(record.payload());
                } else {
                    y += Long.parseLong(record.payload());
                }
                after = record.position();
                if (!moved) {
                    assertThat(writer.append(writer.head(), new Batch("move-300", Instant.EPOCH, List.of(
                        new NewRecord("pot-x", "-300"), new NewRecord("pot-y", "300"))))).isInstanceOf(AppendResult.Appended.class);
                    moved = true;
                }
            }
            assertThat(x + y).isEqualTo(1000);
            assertThat(x).isEqualTo(500);

            // A decision on that older view (grant X's 500) is refused: the journal has moved on.
            assertThat(reader.append(head, one("spend-x-500", "pot-x", "-500"))).isEqualTo(new AppendResult.Conflict(head, 4));

            // A reader that reads on to the end sees the transfer whole, never one half of it.
            List<JournalRecord> all = reader.read(0, Integer.MAX_VALUE);
            assertThat(all).hasSize(4);
            assertThat(all.stream().mapToLong(r -> Long.parseLong(r.payload())).sum()).isEqualTo(1000);
        }
    }
}
