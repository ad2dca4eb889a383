package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.util.Objects;

/**
 * An accepted entry with its two times: the entry's {@link LedgerEntry#effectiveDate()} (valid
 * time, when it takes effect) and {@link #recordedAt()} (transaction time, when the ledger
 * accepted it). {@link #sequence()} counts accepted entries from 1 in the order they were
 * recorded; entries of one batch share the batch's moment and id.
 *
 * <p>A value: equal when entry, sequence, moment and batch id are. Kept compact because a ledger
 * holds one per entry: the moment as microseconds, and no copy of a batch id the ledger derived
 * from the entry's own id.
 */
public final class RecordedEntry {

    /** The prefix of a batch id the ledger derives from the batch's first entry: {@code ledger/<entry id>}. */
    static final String DERIVED_BATCH_PREFIX = "ledger/";

    private final LedgerEntry entry;
    private final long sequence;
    private final long recordedAtMicros;
    /** Null when the batch id is {@link #DERIVED_BATCH_PREFIX} + this entry's id. */
    private final String batchId;

    /**
     * An entry as the ledger recorded it.
     *
     * @param entry      the entry
     * @param sequence   its place in the ledger, in the order recorded
     * @param recordedAt when the ledger recorded it (transaction time; the effective date is the entry's own)
     * @param batchId    the batch it was posted in
     */
    public RecordedEntry(LedgerEntry entry, long sequence, Instant recordedAt, String batchId) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.sequence = sequence;
        this.recordedAtMicros = micros(Objects.requireNonNull(recordedAt, "recordedAt"));
        Objects.requireNonNull(batchId, "batchId");
        this.batchId = batchId.length() == DERIVED_BATCH_PREFIX.length() + entry.id().length() && batchId.startsWith(DERIVED_BATCH_PREFIX)
            && batchId.endsWith(entry.id()) ? null : batchId;
    }

    /** An entry recorded at {@code recordedAtMicros}; a null batch id is the one derived from the entry's id. */
    RecordedEntry(LedgerEntry entry, long sequence, long recordedAtMicros, String batchId) {
        this.entry = entry;
        this.sequence = sequence;
        this.recordedAtMicros = recordedAtMicros;
        this.batchId = batchId;
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** {@return the entry as posted} */
    public LedgerEntry entry() {
        return entry;
    }

    /** {@return the entry's place in the ledger, in the order recorded} */
    public long sequence() {
        return sequence;
    }

    /** {@return when the ledger recorded the entry, to the microsecond} */
    public Instant recordedAt() {
        return instantOf(recordedAtMicros);
    }

    static Instant instantOf(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** Whether the entry was recorded after {@code moment}. */
    boolean recordedAfter(long momentMicros) {
        return recordedAtMicros > momentMicros;
    }

    /** The moment in microseconds, held to the range of a long (a moment before or after every entry stays so). */
    static long microsOf(Instant instant) {
        try {
            return micros(instant);
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** {@return the id of the batch the entry was posted in} */
    public String batchId() {
        return batchId == null ? DERIVED_BATCH_PREFIX + entry.id() : batchId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedEntry other && other.sequence == sequence && other.recordedAtMicros == recordedAtMicros
            && other.entry.equals(entry) && other.batchId().equals(batchId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry, sequence, recordedAtMicros);
    }

    @Override
    public String toString() {
        return "RecordedEntry[entry=" + entry + ", sequence=" + sequence + ", recordedAt=" + recordedAt() + ", batchId=" + batchId() + "]";
    }
}
