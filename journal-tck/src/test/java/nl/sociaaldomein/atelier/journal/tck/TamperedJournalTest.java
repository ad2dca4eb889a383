package nl.sociaaldomein.atelier.journal.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.JournalVerifier;
import nl.sociaaldomein.atelier.journal.NewRecord;
import org.junit.jupiter.api.Test;

/** Changing one byte of a kept record, or dropping one, is found and named; nothing is used silently. */
class TamperedJournalTest {

    private static List<JournalRecord> tenRecords() {
        InMemoryJournal journal = new InMemoryJournal();
        for (int i = 0; i < 10; i++) {
            AppendResult result = journal.append(i, new Batch("b" + i, Instant.EPOCH.plusSeconds(i),
                List.of(new NewRecord("ledger.grant", "{\"amount\":\"" + (1000 + i) + "\"}"))));
            assertThat(result).isInstanceOf(AppendResult.Appended.class);
        }
        return journal.read(0, 100);
    }

    @Test
    void one_changed_byte_in_a_payload_is_named_by_its_position() {
        List<JournalRecord> records = new ArrayList<>(tenRecords());
        JournalRecord fifth = records.get(4);
        records.set(4, new JournalRecord(fifth.position(), fifth.batchId(), fifth.type(), fifth.payload().replace("1004", "9004"),
            fifth.recordedAt(), fifth.previousHash(), fifth.hash()));
        assertThatThrownBy(() -> InMemoryJournal.of(records))
            .isInstanceOf(JournalDamagedException.class)
            .hasMessageContaining("position 5")
            .hasMessageContaining("changed after it was written");
    }

    @Test
    void a_record_rehashed_after_a_change_breaks_the_chain_at_the_next_one() {
        List<JournalRecord> records = new ArrayList<>(tenRecords());
        JournalRecord third = records.get(2);
        JournalRecord forged = JournalRecord.next(records.get(1), third.batchId(), third.recordedAt(),
            new NewRecord(third.type(), third.payload().replace("1002", "1"))); // a forger who recomputes this hash
        records.set(2, forged);
        assertThatThrownBy(() -> InMemoryJournal.of(records))
            .isInstanceOf(JournalDamagedException.class)
            .hasMessageContaining("position 4")
            .hasMessageContaining("does not chain to record 3");
    }

    @Test
    void a_missing_record_in_the_middle_is_named() {
        List<JournalRecord> records = new ArrayList<>(tenRecords());
        records.remove(6);
        assertThatThrownBy(() -> InMemoryJournal.of(records))
            .isInstanceOf(JournalDamagedException.class)
            .hasMessageContaining("position 7")
            .hasMessageContaining("record 7 is missing");
    }

    @Test
    void a_verifier_that_goes_on_after_a_trusted_record_checks_the_chain_from_there() {
        List<JournalRecord> records = new ArrayList<>(tenRecords());
        JournalVerifier untouched = JournalVerifier.after(records.get(5));
        assertThat(records.subList(6, 10)).allSatisfy(r -> assertThat(untouched.check(r)).isEmpty());
        JournalRecord eighth = records.get(7);
        JournalVerifier verifier = JournalVerifier.after(records.get(5));
        assertThat(verifier.check(records.get(6))).isEmpty();
        assertThat(verifier.check(new JournalRecord(eighth.position(), eighth.batchId(), eighth.type(), eighth.payload() + " ",
            eighth.recordedAt(), eighth.previousHash(), eighth.hash()))).hasValueSatisfying(d -> assertThat(d.position()).isEqualTo(8));
        assertThat(JournalVerifier.after(records.get(5)).check(records.get(7))).hasValueSatisfying(d -> assertThat(d.message()).contains("record 7 is missing"));
    }

    @Test
    void an_untouched_export_reads_back_and_verifies() {
        List<JournalRecord> records = tenRecords();
        InMemoryJournal copy = InMemoryJournal.of(records);
        assertThat(copy.read(0, 100)).isEqualTo(records);
        assertThat(copy.verify()).isEmpty();
    }
}
