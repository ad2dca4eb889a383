package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.util.List;
import nl.sociaaldomein.atelier.journal.JournalRecord;

/**
 * An accepted batch: its id, the moment it was recorded, whether it was a retry of a batch
 * accepted before (then nothing changed), a {@link Posted} per entry in the batch's order, and
 * the records the journal stored (empty for a ledger without a journal, or a retry).
 *
 * @param batchId        the batch's id, given or derived
 * @param recordedAt     the moment the ledger recorded the batch (transaction time, not the entries' effective dates)
 * @param duplicate      whether the batch was accepted before, so that nothing changed now
 * @param postings       one posting per entry, in the batch's order
 * @param journalRecords the records the journal stored; empty without a journal or for a retry
 */
public record PostedBatch(String batchId, Instant recordedAt, boolean duplicate, List<Posted> postings,
                          List<JournalRecord> journalRecords) {

    /**
     * Keeps copies of the lists.
     *
     * @param batchId        the batch's id, given or derived
     * @param recordedAt     the moment the ledger recorded the batch (transaction time, not the entries' effective dates)
     * @param duplicate      whether the batch was accepted before, so that nothing changed now
     * @param postings       one posting per entry, in the batch's order
     * @param journalRecords the records the journal stored; empty without a journal or for a retry
     */
    public PostedBatch {
        postings = List.copyOf(postings);
        journalRecords = List.copyOf(journalRecords);
    }
}
