package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/** The ledger on a journal: what it appends, what it reads back, several writers, tampering, and the refusals a generator does not reach. */
class JournaledLedgerTest {

    static final LocalDate DAY = LocalDate.of(2016, 5, 31);
    static final JsonLedgerCodec CODEC = new JsonLedgerCodec();

    private static LedgerEntry grant(String id, long cents) {
        return Entries.grant(id, DAY, "i-" + id, "Initiatief " + id, Money.ofCents(cents), "A");
    }

    @Test
    void aBatchWithAnotherRecordIsOneJournalBatchAndTheLedgerReadsOnlyItsOwnRecordsBack() {
        InMemoryJournal journal = new InMemoryJournal();
        ManualClock clock = new ManualClock(Instant.parse("2016-05-31T10:00:00Z"));
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, clock);
        PostedBatch posted = ledger.post(LedgerBatch.of("decision/x", List.of(new NewRecord("round.decision", "{\"initiative\":\"x\"}")),
            List.of(grant("g1", 1_000), Entries.advance("a1", DAY, "i-g1", Money.ofCents(400))))).orElseThrow();
        assertThat(posted.journalRecords()).extracting(JournalRecord::type).containsExactly("round.decision", "ledger.grant", "ledger.advance");
        assertThat(posted.journalRecords()).extracting(JournalRecord::batchId).containsOnly("decision/x");
        assertThat(journal.head()).isEqualTo(3);

        Ledger reopened = Ledger.open(TestTree.tree(), journal, CODEC, clock);
        assertThat(reopened.recorded()).isEqualTo(ledger.recorded());
        assertThat(reopened.view()).isEqualTo(ledger.view());
        // The same batch again is a duplicate: nothing is appended.
        assertThat(ledger.post(LedgerBatch.of("decision/x", List.of(new NewRecord("round.decision", "{\"initiative\":\"x\"}")),
            List.of(grant("g1", 1_000), Entries.advance("a1", DAY, "i-g1", Money.ofCents(400))))).orElseThrow().duplicate()).isTrue();
        assertThat(journal.head()).isEqualTo(3);
    }

    @Test
    void aRefusedBatchAppendsNothingAndNamesTheEntry() {
        InMemoryJournal journal = new InMemoryJournal();
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH));
        Rejection refused = Refused.of(ledger.post(List.of(grant("g1", 10_000), grant("g2", 30_000))));
        assertThat(refused.kind()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
        assertThat(refused.entryId()).isEqualTo("g2");
        assertThat(refused.message(java.util.Locale.ENGLISH)).startsWith("entry 2 of 2 in the batch ('g2'), so none is posted");
        assertThat(journal.head()).isZero();
        assertThat(ledger.size()).isZero();
        assertThat(ledger.view().pot("A").orElseThrow().granted()).isEqualTo(Money.ZERO);
    }

    @Test
    void twoWritersOnOneJournalSeeEachOthersEntriesAndNeverOverspendTogether() {
        InMemoryJournal journal = new InMemoryJournal();
        Ledger first = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.parse("2016-06-01T09:00:00Z")));
        Ledger second = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.parse("2016-06-01T09:00:00Z")));
        // Pot A has € 250 free of its € 400 (A1 holds € 150).
        assertThat(first.post(grant("g1", 20_000)).isOk()).isTrue();
        // The second writer's head is behind: it catches up, checks again, and refuses what no longer fits.
        Rejection refused = Refused.of(second.post(grant("g2", 10_000)));
        assertThat(refused.kind()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
        assertThat(second.post(grant("g3", 5_000)).isOk()).isTrue();
        assertThat(first.view()).isEqualTo(second.view());
        assertThat(first.view().pot("A").orElseThrow().remaining()).isEqualTo(Money.ZERO);
        // The same entry posted by both is kept once.
        assertThat(first.post(grant("g3", 5_000)).orElseThrow().duplicate()).isTrue();
        assertThat(journal.head()).isEqualTo(2);
        // Transaction time keeps increasing across writers even though their clocks agree.
        List<RecordedEntry> recorded = first.recorded();
        assertThat(recorded.get(1).recordedAt()).isAfter(recorded.get(0).recordedAt());
    }

    @Test
    void aBatchIdTakenByOtherContentIsRefused() {
        InMemoryJournal journal = new InMemoryJournal();
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH));
        ledger.post(LedgerBatch.of("besluit-1", List.of(), List.of(grant("g1", 1_000)))).orElseThrow();
        Rejection taken = Refused.of(ledger.post(LedgerBatch.of("besluit-1", List.of(), List.of(grant("g2", 1_000)))));
        assertThat(taken.kind()).isEqualTo(RejectionKind.BATCH_ID_TAKEN);
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aJournalThatKeepsMovingEndsInARefusalNotALoop() {
        ListJournal journal = new ListJournal();
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH));
        journal.alwaysConflict = true;
        Rejection busy = Refused.of(ledger.post(grant("g1", 1_000)));
        assertThat(busy.kind()).isEqualTo(RejectionKind.JOURNAL_CONTENDED);
        assertThat(ledger.size()).isZero();
        assertThat(ledger.view().pot("A").orElseThrow().granted()).isEqualTo(Money.ZERO);
    }

    @Test
    void aJournalThatFailsWhileAppendingLeavesTheLedgerAsItWas() {
        ListJournal journal = new ListJournal();
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH));
        ledger.post(grant("g1", 1_000)).orElseThrow();
        BudgetView before = ledger.view();
        journal.broken = true;
        assertThatThrownBy(() -> ledger.post(List.of(grant("g2", 1_000), grant("g3", 1_000)))).hasMessageContaining("unreachable");
        journal.broken = false;
        assertThat(ledger.view()).isEqualTo(before);
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(ledger.post(List.of(grant("g2", 1_000), grant("g3", 1_000))).isOk()).isTrue();
        assertThat(Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH)).view()).isEqualTo(ledger.view());
    }

    @Test
    void oneChangedByteInAJournaledEntryIsNamedAndTheJournalIsNotUsed() {
        ListJournal journal = new ListJournal();
        Ledger ledger = Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH));
        for (int i = 0; i < 5; i++) {
            ledger.post(grant("g" + i, 1_000 + i)).orElseThrow();
        }
        JournalRecord third = journal.records.get(2);
        assertThat(third.payload()).contains("\"amount\":\"10.02\"");
        journal.records.set(2, new JournalRecord(third.position(), third.batchId(), third.type(),
            third.payload().replace("\"10.02\"", "\"90.02\""), third.recordedAt(), third.previousHash(), third.hash()));

        assertThat(journal.verify()).hasValueSatisfying(damage -> {
            assertThat(damage.position()).isEqualTo(3);
            assertThat(damage.message()).contains("changed after it was written");
        });
        assertThatThrownBy(() -> Ledger.open(TestTree.tree(), journal, CODEC, new ManualClock(Instant.EPOCH)))
            .isInstanceOf(JournalDamagedException.class).hasMessageContaining("position 3");
    }

    @Test
    void aClockThatStandsStillOrGoesBackStillGivesStrictlyIncreasingMicroseconds() {
        ManualClock clock = new ManualClock(Instant.parse("2016-05-31T10:00:00.123456789Z"));
        Ledger ledger = Ledger.create(TestTree.tree(), clock);
        Instant first = ledger.post(grant("g1", 100)).orElseThrow().recordedAt();
        Instant second = ledger.post(grant("g2", 100)).orElseThrow().recordedAt();
        clock.advanceSeconds(-60);
        Instant third = ledger.post(grant("g3", 100)).orElseThrow().recordedAt();
        assertThat(first).isEqualTo(Instant.parse("2016-05-31T10:00:00.123456Z"));
        assertThat(second).isEqualTo(first.plusNanos(1_000));
        assertThat(third).isEqualTo(second.plusNanos(1_000));
    }

    @Test
    void potTotalsOfAdvancesCannotWrapToNegative() {
        BudgetTree huge = BudgetTree.ofValid(Pot.programme("P", "Programma", Money.ofCents(Long.MAX_VALUE), BudgetPeriod.year(2016)));
        Ledger ledger = Ledger.create(huge);
        long big = 6_000_000_000_000_000_000L;
        for (String id : List.of("x", "y")) {
            ledger.post(Entries.grant("grant-" + id, DAY, id, id, Money.ofCents(big), "P")).orElseThrow();
            if (id.equals("x")) {
                ledger.post(Entries.advance("advance-x", DAY, "x", Money.ofCents(big))).orElseThrow();
                ledger.post(Entries.determine("determine-x", DAY, "x", Money.ZERO)).orElseThrow();
            }
        }
        Rejection refused = Refused.of(ledger.post(Entries.advance("advance-y", DAY, "y", Money.ofCents(big))));
        assertThat(refused.kind()).isEqualTo(RejectionKind.TOTAL_TOO_LARGE);
        assertThat(refused.message(java.util.Locale.ENGLISH)).contains("pot 'Programma'");
        assertThat(ledger.view().pot("P").orElseThrow().advanced()).isEqualTo(Money.ofCents(big));
    }

    @Test
    void fundingWeightsAreRatiosEvenWhenTheirSumExceedsALong() {
        Ledger ledger = Ledger.create(TestTree.tree());
        Posted posted = ledger.post(Entries.grant("g", DAY, "i", "I", Money.ofCents(1_001),
            List.of(new Funding("B", Long.MAX_VALUE), new Funding("C", Long.MAX_VALUE)), Optional.empty())).orElseThrow();
        assertThat(posted.grant().orElseThrow().partsByPot()).containsEntry("B", Money.ofCents(501)).containsEntry("C", Money.ofCents(500));
    }

    @Test
    void aCeilingLoweredBelowWhatIsCommittedIsRefusedWithTheShortfall() {
        Ledger ledger = Ledger.create(TestTree.tree());
        ledger.post(grant("g1", 20_000)).orElseThrow();
        Rejection refused = Refused.of(ledger.post(Entries.ceiling("lower", DAY, "A", Money.ofCents(30_000))));
        assertThat(refused.kind()).isEqualTo(RejectionKind.CEILING_BELOW_COMMITTED);
        // A has € 200 granted and € 150 in its child A1: € 350 committed, € 50 short of a € 300 ceiling.
        assertThat(refused.message(java.util.Locale.ENGLISH)).contains("falls € 50 short of the € 350");
        assertThat(ledger.post(Entries.ceiling("lower", DAY.plusDays(1), "A", Money.ofCents(35_000))).isOk()).isTrue();
        assertThat(ledger.view(DAY).pot("A").orElseThrow().ceiling()).isEqualTo(Money.ofCents(40_000));
        assertThat(ledger.view().pot("A").orElseThrow().ceiling()).isEqualTo(Money.ofCents(35_000));
        assertThat(ledger.view().pot("P").orElseThrow().allocatedToChildren()).isEqualTo(Money.ofCents(85_000));
    }

    @Test
    void loweringAGrantFromSeveralPotsNeverMovesACentIntoAFullPot() {
        Ledger ledger = Ledger.create(TestTree.tree());
        // Weights 1:3:3 split € 0,04 as 0 / 2 / 2 cents; largest remainder alone would split € 0,03 as 1 / 1 / 1.
        ledger.post(Entries.grant("g", DAY, "i", "I", Money.ofCents(4),
            List.of(new Funding("A", 1), new Funding("B", 3), new Funding("C", 3)), Optional.empty())).orElseThrow();
        ledger.post(grant("fill-a", 25_000)).orElseThrow();
        assertThat(ledger.view().pot("A").orElseThrow().remaining()).isEqualTo(Money.ZERO);
        Posted lowered = ledger.post(Entries.amend("lower", DAY, "i", Money.ofCents(3))).orElseThrow();
        assertThat(lowered.grant().orElseThrow().partsByPot()).containsEntry("A", Money.ZERO).containsEntry("B", Money.ofCents(2))
            .containsEntry("C", Money.ofCents(1));
        // Raising splits by the weights again (1 / 3 / 3 of € 0,07), and needs room for that cent in A.
        Rejection raised = Refused.of(ledger.post(Entries.amend("raise", DAY, "i", Money.ofCents(7))));
        assertThat(raised.kind()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
        assertThat(raised.message()).contains("pot 'Pot A'");
    }
}
