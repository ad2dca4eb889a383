package nl.sociaaldomein.atelier.journal;

import java.time.Instant;
import java.util.List;

/** The answer to {@link Journal#append}: stored, or why not. */
public sealed interface AppendResult {

    /**
     * The batch is stored: its records with their positions and hashes.
     *
     * @param records the stored records, with their positions and hashes
     */
    record Appended(List<JournalRecord> records) implements AppendResult {
        /**
         * Keeps a copy of the records.
         *
         * @param records the stored records, with their positions and hashes
         */
        public Appended {
            records = List.copyOf(records);
        }
    }

    /**
     * Nothing stored: the journal's head is {@code head}, not the one the caller expected.
     *
     * @param expectedHead the head the caller expected
     * @param head         the journal's actual head
     */
    record Conflict(long expectedHead, long head) implements AppendResult {
    }

    /**
     * Nothing stored: this very batch was stored before, as {@code records}.
     *
     * @param records the records as stored by the earlier append
     */
    record Duplicate(List<JournalRecord> records) implements AppendResult {
        /**
         * Keeps a copy of the records.
         *
         * @param records the records as stored by the earlier append
         */
        public Duplicate {
            records = List.copyOf(records);
        }
    }

    /**
     * Nothing stored: another batch with the same id and other content is stored already.
     *
     * @param batchId the batch id already taken
     */
    record BatchIdTaken(String batchId) implements AppendResult {
    }

    /**
     * Nothing stored: the batch's moment lies before the last stored record's.
     *
     * @param recordedAt     the batch's moment
     * @param lastRecordedAt the moment of the last stored record, which the batch's may not precede
     */
    record OutOfOrder(Instant recordedAt, Instant lastRecordedAt) implements AppendResult {
    }
}
