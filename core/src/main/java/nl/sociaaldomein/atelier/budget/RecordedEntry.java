package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.util.Objects;

/**
 * An accepted entry with its two times: the entry's {@link LedgerEntry#effectiveDate()} (valid
 * time, when it takes effect) and {@code recordedAt} (transaction time, when the ledger accepted
 * it). {@code sequence} counts accepted entries from 1 in the order they were recorded; entries
 * of one batch share the batch's moment and id.
 */
public record RecordedEntry(LedgerEntry entry, long sequence, Instant recordedAt, String batchId) {

    public RecordedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(batchId, "batchId");
    }
}
