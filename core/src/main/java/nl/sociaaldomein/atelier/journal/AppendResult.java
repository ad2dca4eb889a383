package nl.sociaaldomein.atelier.journal;

import java.time.Instant;
import java.util.List;

/** The answer to {@link Journal#append}: stored, or why not. */
public sealed interface AppendResult {

    /** The batch is stored: its records with their positions and hashes. */
    record Appended(List<JournalRecord> records) implements AppendResult {
        public Appended {
            records = List.copyOf(records);
        }
    }

    /** Nothing stored: the journal's head is {@code head}, not the one the caller expected. */
    record Conflict(long expectedHead, long head) implements AppendResult {
    }

    /** Nothing stored: this very batch was stored before, as {@code records}. */
    record Duplicate(List<JournalRecord> records) implements AppendResult {
        public Duplicate {
            records = List.copyOf(records);
        }
    }

    /** Nothing stored: another batch with the same id and other content is stored already. */
    record BatchIdTaken(String batchId) implements AppendResult {
    }

    /** Nothing stored: the batch's moment lies before the last stored record's. */
    record OutOfOrder(Instant recordedAt, Instant lastRecordedAt) implements AppendResult {
    }
}
