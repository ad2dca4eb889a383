package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** A ledger snapshot in the journal: opening from it, what it is tied to, and a changed or forged one. */
class LedgerSnapshotTest {

    static final JsonLedgerCodec CODEC = new JsonLedgerCodec();
    static final LocalDate DAY = LocalDate.of(2016, 3, 1);

    /** Every kind of entry, texts with tabs, newlines and backslashes, a caller's batch id, a late entry. */
    private static Ledger filled(ListJournal journal, ManualClock clock) {
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, clock);
        ledger.post(Entries.reserve("r1", DAY, "res-1", "A", Money.ofCents(5_000), "ideeën\tlater\nin het jaar \\ 2016")).orElseThrow();
        ledger.post(LedgerBatch.of("besluit/1", List.of(), List.of(
            Entries.grant("g1", DAY, "i1", "Waarom is water\tzo mooi?", Money.ofCents(5_000),
                List.of(new Funding("A", 2), new Funding("B", 1)), Optional.of("res-1")),
            Entries.advance("a1", DAY.plusDays(1), "i1", Money.ofCents(1_000))))).orElseThrow();
        ledger.post(Entries.release("l1", DAY.plusDays(2), "res-1", Money.ofCents(500))).orElseThrow();
        ledger.post(Entries.amend("m1", DAY.plusDays(3), "i1", Money.ofCents(4_000))).orElseThrow();
        ledger.post(Entries.determine("d1", DAY.plusDays(4), "i1", Money.ofCents(500))).orElseThrow();
        ledger.post(Entries.reclaim("c1", DAY.plusDays(5), "i1", Money.ofCents(200))).orElseThrow();
        ledger.post(Entries.grant("g2", DAY.plusDays(5), "i2", "Buurtkracht", Money.ofCents(1_000), "C")).orElseThrow();
        ledger.post(Entries.withdraw("w2", DAY.plusDays(6), "i2")).orElseThrow();
        ledger.post(Entries.transfer("t1", DAY.plusDays(6), "B", "C", Money.ofCents(700))).orElseThrow();
        ledger.post(new LedgerEntry.SetCeiling("p1", DAY.plusDays(7), "besluit", "tester", "P", Money.ofCents(120_000), DAY)).orElseThrow();
        clock.advanceSeconds(60);
        ledger.post(Entries.grant("late", DAY.plusDays(2), "i3", "Laat ingevoerd", Money.ofCents(900), "C")).orElseThrow();
        return ledger;
    }

    @Test
    void aLedgerOpenedFromItsSnapshotIsTheLedgerItWas() {
        ListJournal journal = new ListJournal();
        ManualClock clock = new ManualClock(Instant.parse("2016-03-01T09:00:00Z"));
        Ledger ledger = filled(journal, clock);
        Instant beforeLate = ledger.recorded().get(ledger.size() - 2).recordedAt();
        long snapshotAt = ledger.snapshot();
        ledger.post(Entries.reserve("r2", DAY.plusDays(8), "res-2", "B", Money.ofCents(300), "na de snapshot")).orElseThrow();
        assertThat(journal.records.get((int) snapshotAt - 1).type()).isEqualTo("ledger-snapshot");

        Ledger reopened = Ledger.open(TestTree.tree(), journal, CODEC, clock);

        assertThat(reopened.recorded()).isEqualTo(ledger.recorded());
        assertThat(reopened.view()).isEqualTo(ledger.view());
        assertThat(List.copyOf(reopened.view().grants().keySet())).isEqualTo(List.copyOf(ledger.view().grants().keySet()));
        for (int day = 0; day <= 8; day++) {
            assertThat(reopened.view(DAY.plusDays(day))).isEqualTo(ledger.view(DAY.plusDays(day)));
            assertThat(reopened.view(DAY.plusDays(day), beforeLate)).isEqualTo(ledger.view(DAY.plusDays(day), beforeLate));
        }
        // Posting goes on after the snapshot and the entries read after it; the same entry again is a retry.
        assertThat(reopened.post(Entries.reserve("r2", DAY.plusDays(8), "res-2", "B", Money.ofCents(300), "na de snapshot")).orElseThrow()
            .duplicate()).isTrue();
        reopened.post(Entries.reserve("r3", DAY.plusDays(9), "res-3", "B", Money.ofCents(300), "daarna")).orElseThrow();
        assertThat(Ledger.verify(journal, CODEC)).isEmpty();
    }

    @Test
    void openingFromASnapshotReadsOnlyTheLastPageBeforeIt() {
        ListJournal journal = new ListJournal();
        Ledger ledger = filled(journal, new ManualClock(Instant.parse("2016-03-01T09:00:00Z")));
        for (int i = 0; i < 5_000; i++) {
            ledger.post(Entries.reserve("many-" + i, DAY.plusDays(9), "many-" + i, "B", Money.ofCents(1), "veel")).orElseThrow();
        }
        long snapshotAt = ledger.snapshot();
        ledger.post(Entries.reserve("after", DAY.plusDays(9), "after", "B", Money.ofCents(1), "erna")).orElseThrow();
        List<Long> read = new ArrayList<>();
        ListJournal watched = new ListJournal() {
            @Override
            public synchronized List<JournalRecord> read(long afterPosition, int limit) {
                List<JournalRecord> page = super.read(afterPosition, limit);
                page.forEach(r -> read.add(r.position()));
                return page;
            }
        };
        watched.records.addAll(journal.records);

        Ledger reopened = Ledger.open(TestTree.tree(), watched, CODEC, new ManualClock(Instant.parse("2016-04-01T09:00:00Z")));

        assertThat(reopened.view()).isEqualTo(ledger.view());
        // It looks for the snapshot a page (4.096 records) at a time from the head back, and reads on after it.
        assertThat(read).allMatch(p -> p > snapshotAt - 4_096 - 2).contains(snapshotAt + 1);
        assertThat(journal.head()).isGreaterThan(4_096 + 2);
    }

    @Test
    void oneChangedByteInASnapshotIsNamedAndTheJournalIsNotUsed() {
        ListJournal journal = new ListJournal();
        Ledger ledger = filled(journal, new ManualClock(Instant.parse("2016-03-01T09:00:00Z")));
        int at = (int) ledger.snapshot() - 1;
        JournalRecord snapshot = journal.records.get(at);
        assertThat(snapshot.payload()).contains("\t5000\t");
        journal.records.set(at, new JournalRecord(snapshot.position(), snapshot.batchId(), snapshot.type(),
            snapshot.payload().replace("\t5000\t", "\t9000\t"), snapshot.recordedAt(), snapshot.previousHash(), snapshot.hash()));

        assertThatThrownBy(() -> Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH)))
            .isInstanceOf(JournalDamagedException.class).hasMessageContaining("position " + (at + 1))
            .hasMessageContaining("changed after it was written");
        assertThat(journal.verify()).hasValueSatisfying(damage -> assertThat(damage.position()).isEqualTo(at + 1));
    }

    @Test
    void aSnapshotThatDisagreesWithTheRecordsBeforeItIsNamedByAFullVerification() {
        ListJournal journal = new ListJournal();
        Ledger ledger = filled(journal, new ManualClock(Instant.parse("2016-03-01T09:00:00Z")));
        // A snapshot written by someone else, correctly chained and hashed, that leaves out the last entry.
        List<RecordedEntry> allButLast = ledger.recorded().subList(0, ledger.size() - 1);
        JournalRecord last = journal.records.get(journal.records.size() - 1);
        String forged = LedgerSnapshot.encode(allButLast, last.position(), last.hash());
        AppendResult appended = journal.append(journal.head(), new Batch("forged", last.recordedAt().plusSeconds(1),
            List.of(new NewRecord(LedgerSnapshot.TYPE, forged))));
        assertThat(appended).isInstanceOf(AppendResult.Appended.class);

        assertThat(journal.verify()).as("the chain itself is intact").isEmpty();
        assertThat(Ledger.verify(journal, CODEC)).hasValueSatisfying(damage -> {
            assertThat(damage.position()).isEqualTo(journal.head());
            assertThat(damage.message()).contains("disagrees with the records before it at entry " + ledger.size());
        });
    }

    @Test
    void aSnapshotOfAnEmptyLedgerAndAJournalWithoutOneBothOpen() {
        ListJournal journal = new ListJournal();
        Ledger empty = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH));
        assertThat(empty.snapshot()).isEqualTo(1);
        assertThat(Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH)).size()).isZero();
        assertThatThrownBy(() -> Ledger.create(TestTree.tree()).snapshot()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("without a journal");
    }
}
