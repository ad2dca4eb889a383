package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.util.List;
import nl.sociaaldomein.atelier.journal.JournalRecord;

/**
 * An accepted batch: its id, the moment it was recorded, whether it was a retry of a batch
 * accepted before (then nothing changed), a {@link Posted} per entry in the batch's order, and
 * the records the journal stored (empty for a ledger without a journal, or a retry).
 */
public record PostedBatch(String batchId, Instant recordedAt, boolean duplicate, List<Posted> postings,
                          List<JournalRecord> journalRecords) {

    public PostedBatch {
        postings = List.copyOf(postings);
        journalRecords = List.copyOf(journalRecords);
    }
}
