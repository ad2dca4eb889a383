package nl.sociaaldomein.atelier.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.JournalVerifier;
import nl.sociaaldomein.atelier.journal.NewRecord;

/**
 * One kind of event in a journal that other kinds share (the ledger's entries, other rounds'
 * events): reads what was appended since it last looked, verifying the hash chain record by
 * record so a damaged journal is never used, and decodes the records its codec owns; appends a
 * batch of its events at the position it has read up to (optimistic concurrency: when another
 * writer got there first nothing is stored, and the caller reads on and checks again). Not safe
 * for threads on its own: its owner holds a lock around it.
 */
public final class EventStream<E> {

    /** Records read per page. */
    private static final int PAGE = 4096;

    /** Pages shorter than this are decoded on the calling thread: splitting them costs more than it saves. */
    private static final int PARALLEL_FROM = 256;

    /** The answer to {@link #append}. */
    public enum Outcome {
        /** Stored, at the position expected. */
        APPENDED,
        /** This very batch was stored before (a retry after a lost answer): reading on finds it. */
        DUPLICATE,
        /** Another writer appended first, or the moment lies before the last stored one: nothing stored; read on and check again. */
        CONFLICT,
        /** The journal holds another batch under this id: nothing stored. */
        BATCH_ID_TAKEN
    }

    private final Journal journal;
    private final EventCodec<E> codec;
    private JournalVerifier verifier = new JournalVerifier();
    private long position;
    private Instant lastRecordedAt = Instant.EPOCH;

    /**
     * A stream at the journal's start, reading the events {@code codec} owns.
     *
     * @param journal the journal the events are in, among other records
     * @param codec   reads and writes the events
     */
    public EventStream(Journal journal, EventCodec<E> codec) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** {@return the journal the stream reads and appends to} */
    public Journal journal() {
        return journal;
    }

    /** {@return the codec the stream reads and writes events with} */
    public EventCodec<E> codec() {
        return codec;
    }

    /** {@return the position of the last record read or appended, of any type} */
    public long position() {
        return position;
    }

    /** {@return the moment of the last record read or appended, of any type (the epoch before the first)} */
    public Instant lastRecordedAt() {
        return lastRecordedAt;
    }

    /**
     * This stream's events appended after {@link #position()}, verified and decoded, in journal order.
     * A page's hashes are checked, and its records decoded when the codec allows it, on all cores;
     * what goes wrong is still reported at the first record it goes wrong at, as reading one by one would.
     *
     * @return the new events with their positions and moments; empty when there are none
     * @throws JournalDamagedException at the first record that does not match its hash or chain
     * @throws IllegalStateException when a record of an owned type cannot be read
     */
    public List<Recorded<E>> readNew() {
        List<Recorded<E>> events = new ArrayList<>();
        while (true) {
            List<JournalRecord> page = journal.read(position, PAGE);
            if (page.isEmpty()) {
                return events;
            }
            JournalVerifier.Checked checked = verifier.checkAll(page);
            Object[] decoded = decodeAll(page, checked.passed());
            for (int i = 0; i < checked.passed(); i++) {
                JournalRecord record = page.get(i);
                if (decoded[i] instanceof Failed failed) {
                    throw failed.exception(record);
                }
                if (decoded[i] != NOT_OWNED) {
                    @SuppressWarnings("unchecked")
                    E event = (E) decoded[i];
                    events.add(new Recorded<>(event, record.position(), record.recordedAt()));
                }
                position = record.position();
                lastRecordedAt = record.recordedAt();
            }
            if (checked.damage().isPresent()) {
                throw new JournalDamagedException(checked.damage().get());
            }
        }
    }

    /** A record of an owned type that could not be decoded; thrown when the walk reaches it. */
    private record Failed(RuntimeException cause) {
        RuntimeException exception(JournalRecord record) {
            return cause instanceof IllegalArgumentException e ? new IllegalStateException("journal record " + record.position() + " ("
                + record.type() + ", batch '" + record.batchId() + "') is no event this version can read: " + e.getMessage(), e) : cause;
        }
    }

    /** Marks a record of a type the codec does not own (read past). */
    private static final Object NOT_OWNED = new Object();

    /** Per record of the first {@code count}: its event, a {@link Failed}, or {@link #NOT_OWNED}. */
    private Object[] decodeAll(List<JournalRecord> page, int count) {
        Object[] decoded = new Object[count];
        IntStream all = IntStream.range(0, count);
        (codec.decodesConcurrently() && count >= PARALLEL_FROM ? all.parallel() : all).forEach(i -> {
            JournalRecord record = page.get(i);
            if (!codec.owns(record.type())) {
                decoded[i] = NOT_OWNED;
            } else {
                try {
                    decoded[i] = codec.decode(record.type(), record.payload());
                } catch (RuntimeException e) {
                    decoded[i] = new Failed(e);
                }
            }
        });
        return decoded;
    }

    /**
     * The moment for the next batch: the clock's, to the microsecond, after every record read or appended.
     *
     * @param clock the clock that gives the moment
     * @return the clock's moment, truncated to microseconds, or just after the last record read or appended when the clock is behind
     */
    public Instant nextMoment(java.time.Clock clock) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant after = lastRecordedAt.plus(1, java.time.temporal.ChronoUnit.MICROS);
        return now.isBefore(after) ? after : now;
    }

    /**
     * The records the events become, in order.
     *
     * @param events the events
     * @return one record per event, with its type and payload
     */
    public List<NewRecord> records(List<E> events) {
        List<NewRecord> records = new ArrayList<>(events.size());
        for (E event : events) {
            records.add(new NewRecord(codec.type(event), codec.encode(event)));
        }
        return records;
    }

    /**
     * Appends the events as one batch at {@link #position()}. On {@link Outcome#APPENDED} the
     * stream has moved past them and {@code stored} holds them as recorded; otherwise nothing changed here.
     *
     * @param batchId    the batch's idempotency key
     * @param recordedAt the batch's moment, from {@link #nextMoment}
     * @param events     the events, stored together or not at all
     * @param stored     filled with the events as recorded, on {@link Outcome#APPENDED}
     * @return what the journal answered
     */
    public Outcome append(String batchId, Instant recordedAt, List<E> events, List<Recorded<E>> stored) {
        AppendResult result = journal.append(position, new Batch(batchId, recordedAt, records(events)));
        if (result instanceof AppendResult.Appended appended) {
            List<JournalRecord> records = appended.records();
            for (int i = 0; i < records.size(); i++) {
                stored.add(new Recorded<>(events.get(i), records.get(i).position(), records.get(i).recordedAt()));
            }
            JournalRecord last = records.get(records.size() - 1);
            verifier = JournalVerifier.after(last);
            position = last.position();
            lastRecordedAt = last.recordedAt();
            return Outcome.APPENDED;
        }
        if (result instanceof AppendResult.Duplicate) {
            return Outcome.DUPLICATE;
        }
        if (result instanceof AppendResult.BatchIdTaken) {
            return Outcome.BATCH_ID_TAKEN;
        }
        return Outcome.CONFLICT;
    }
}
