package nl.sociaaldomein.atelier.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored record. {@code position} counts from 1 without gaps; {@code previousHash} is the
 * {@code hash} of the record before it ({@link RecordHash#GENESIS} for the first), and
 * {@code hash} is {@link RecordHash#of} this record's content and {@code previousHash}: changing
 * any byte of any record breaks the chain from there on.
 *
 * @param position     the record's position, from 1 without gaps
 * @param batchId      the id of the batch the record was appended in
 * @param type         the record's type, e.g. {@code ledger.grant}
 * @param payload      the record's content as stored
 * @param recordedAt   the moment the record was appended, to the microsecond
 * @param previousHash the hash of the record before, or {@link RecordHash#GENESIS} for the first
 * @param hash         the hash of this record's content and {@code previousHash}
 */
public record JournalRecord(long position, String batchId, String type, String payload, Instant recordedAt,
                            String previousHash, String hash) {

    /**
     * Checks that every component is given and the position counts from 1.
     *
     * @param position     the record's position, from 1 without gaps
     * @param batchId      the id of the batch the record was appended in
     * @param type         the record's type, e.g. {@code ledger.grant}
     * @param payload      the record's content as stored
     * @param recordedAt   the moment the record was appended, to the microsecond
     * @param previousHash the hash of the record before, or {@link RecordHash#GENESIS} for the first
     * @param hash         the hash of this record's content and {@code previousHash}
     * @throws IllegalArgumentException when the position is below 1
     */
    public JournalRecord {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (position < 1) {
            throw new IllegalArgumentException("a journal position counts from 1, was " + position);
        }
    }

    /**
     * The record that follows {@code previous} (null for the first) with the given content, hashed.
     *
     * @param previous   the record before, or null for the first
     * @param batchId    the batch the record is appended in
     * @param recordedAt the batch's moment
     * @param record     the type and payload
     * @return the record, at the next position, chained and hashed
     */
    public static JournalRecord next(JournalRecord previous, String batchId, Instant recordedAt, NewRecord record) {
        long position = previous == null ? 1 : previous.position() + 1;
        String previousHash = previous == null ? RecordHash.GENESIS : previous.hash();
        return new JournalRecord(position, batchId, record.type(), record.payload(), recordedAt, previousHash,
            RecordHash.of(position, batchId, record.type(), recordedAt, previousHash, record.payload()));
    }

    /** {@return whether {@link #hash()} is what this record's content and {@link #previousHash()} give} */
    public boolean hashMatches() {
        return RecordHash.matches(hash, position, batchId, type, recordedAt, previousHash, payload);
    }
}
