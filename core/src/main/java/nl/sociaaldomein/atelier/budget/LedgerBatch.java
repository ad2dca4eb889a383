package nl.sociaaldomein.atelier.budget;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.journal.NewRecord;

/**
 * Entries posted together, all or none, optionally with records of other kinds (a decision
 * event, say) that the ledger's journal appends in the same batch before the entries: either the
 * whole batch is kept, or nothing is.
 *
 * @param batchId the journal's idempotency key; empty to let the ledger derive it from the first new entry
 * @param records records of other types (not {@code ledger.*}), appended before the entries; they need a journal
 * @param entries at least one
 */
public record LedgerBatch(Optional<String> batchId, List<NewRecord> records, List<LedgerEntry> entries) {

    /**
     * Checks the batch and keeps copies of its lists.
     *
     * @param batchId the journal's idempotency key; empty to let the ledger derive it
     * @param records records of other types, appended before the entries
     * @param entries the ledger entries, at least one
     * @throws IllegalArgumentException when there is no entry or the batch id is blank
     */
    public LedgerBatch {
        Objects.requireNonNull(batchId, "batchId");
        records = List.copyOf(records);
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a ledger batch needs at least one entry");
        }
        batchId.ifPresent(id -> {
            if (id.isBlank()) {
                throw new IllegalArgumentException("a batch id must not be blank");
            }
        });
        for (NewRecord record : records) {
            if (LedgerRecordTypes.owns(record.type())) {
                throw new IllegalArgumentException("record type " + record.type() + " is the ledger's own: post it as an entry");
            }
        }
    }

    /**
     * Entries only, with a batch id the ledger derives.
     *
     * @param entries the entries, at least one
     * @return the batch
     * @throws IllegalArgumentException when there is no entry
     */
    public static LedgerBatch of(List<? extends LedgerEntry> entries) {
        return new LedgerBatch(Optional.empty(), List.of(), List.copyOf(entries));
    }

    /**
     * Entries and other records under the caller's batch id.
     *
     * @param batchId the journal's idempotency key, not blank
     * @param records records of other types, appended before the entries
     * @param entries the entries, at least one
     * @return the batch
     * @throws IllegalArgumentException when there is no entry or the batch id is blank
     */
    public static LedgerBatch of(String batchId, List<NewRecord> records, List<? extends LedgerEntry> entries) {
        return new LedgerBatch(Optional.of(batchId), records, List.copyOf(entries));
    }
}
