package nl.sociaaldomein.atelier.journal;

import java.util.List;
import java.util.Optional;

/**
 * The storage port of a system of record: an append-only sequence of hash-chained records.
 *
 * <p>Contract every implementation keeps (the journal conformance kit, module
 * {@code atelier-journal-tck}, tests each point):
 * <ul>
 *   <li>{@link #append} stores a batch only when the journal's {@link #head()} equals
 *       {@code expectedHead}; the batch's records get the positions {@code expectedHead + 1 …} and
 *       are chained to the record before. Otherwise it stores nothing and answers
 *       {@link AppendResult.Conflict} with the head now: the caller reads what it missed, checks
 *       its batch again against the new state, and retries.</li>
 *   <li>A batch is stored whole or not at all, also when the process dies while appending.</li>
 *   <li>A batch whose id is already stored is not stored again: the same batch answers
 *       {@link AppendResult.Duplicate} with the stored records, a different batch under that id
 *       answers {@link AppendResult.BatchIdTaken}. This check comes before the position check, so
 *       a retry after a lost answer is recognised whatever the head is now.</li>
 *   <li>A batch's {@code recordedAt} is never before the last stored record's
 *       ({@link AppendResult.OutOfOrder} otherwise): transaction time only moves forward.</li>
 *   <li>Appends from several threads (and, for shared engines, several processes) are
 *       serialised: positions never repeat or skip.</li>
 *   <li>{@link #read} returns stored records in position order; what was acknowledged stays.</li>
 * </ul>
 */
public interface Journal extends AutoCloseable {

    /** {@return the position of the last stored record; 0 for an empty journal} */
    long head();

    /**
     * Appends {@code batch} after position {@code expectedHead}, or says why not (see the class comment).
     *
     * @param expectedHead the position the caller last saw as the head; the batch is stored right after it
     * @param batch        the records to store, all or none
     * @return appended, a duplicate of an earlier append, or why nothing was stored
     */
    AppendResult append(long expectedHead, Batch batch);

    /**
     * Up to {@code limit} records after {@code afterPosition}, in position order.
     *
     * @param afterPosition the position to read after; 0 for the start
     * @param limit         the most records to answer
     * @return at most {@code limit} records, in position order
     */
    List<JournalRecord> read(long afterPosition, int limit);

    /**
     * Walks the whole journal and checks positions and the hash chain: empty when every record
     * matches, else the first damage found.
     *
     * @return the first damage, or empty
     */
    default Optional<JournalDamage> verify() {
        return JournalVerifier.verify(this);
    }

    /** Releases what the journal holds (connections, files); the default holds nothing. */
    @Override
    default void close() {
    }
}
