package nl.sociaaldomein.atelier.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Records appended together: all of them or none. The {@code batchId} is the caller's idempotency
 * key (appending the same batch again changes nothing); {@code recordedAt} is the transaction
 * time of every record in it, kept to the microsecond because that is what every engine stores.
 *
 * @param batchId    the caller's idempotency key
 * @param recordedAt the transaction time of every record in the batch, in whole microseconds
 * @param records    the records, at least one, in the order they are to be stored
 */
public record Batch(String batchId, Instant recordedAt, List<NewRecord> records) {

    /**
     * Checks the batch and keeps a copy of its records.
     *
     * @param batchId    the caller's idempotency key
     * @param recordedAt the transaction time of every record in the batch, in whole microseconds
     * @param records    the records, at least one, in the order they are to be stored
     * @throws IllegalArgumentException when the batch id is blank, there are no records, or the moment is finer than a microsecond
     */
    public Batch {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        records = List.copyOf(records);
        if (batchId.isBlank()) {
            throw new IllegalArgumentException("a batch id must not be blank");
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("batch '" + batchId + "' holds no records");
        }
        if (!recordedAt.truncatedTo(ChronoUnit.MICROS).equals(recordedAt)) {
            throw new IllegalArgumentException("batch '" + batchId + "': recordedAt " + recordedAt
                + " is finer than a microsecond; truncate it (journals store microseconds)");
        }
    }

    /**
     * Whether {@code stored}, the records of an earlier append, are exactly this batch.
     *
     * @param stored the records an earlier append stored
     * @return true when they hold this batch's id, moment, types and payloads, in order
     */
    public boolean sameAs(List<JournalRecord> stored) {
        if (stored.size() != records.size()) {
            return false;
        }
        for (int i = 0; i < records.size(); i++) {
            JournalRecord record = stored.get(i);
            NewRecord mine = records.get(i);
            if (!record.batchId().equals(batchId) || !record.recordedAt().equals(recordedAt)
                || !record.type().equals(mine.type()) || !record.payload().equals(mine.payload())) {
                return false;
            }
        }
        return true;
    }
}
