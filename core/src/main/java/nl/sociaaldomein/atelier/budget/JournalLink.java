package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalDamage;
import nl.sociaaldomein.atelier.journal.JournalDamagedException;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.JournalVerifier;
import nl.sociaaldomein.atelier.journal.NewRecord;

/**
 * A ledger's hold on its journal: how far it has read (verifying the hash chain record by record
 * as it reads, so a damaged journal is never used), and appending its batches at that position.
 * Records of types the ledger does not own are read past. Used under the ledger's lock.
 */
final class JournalLink {

    /** Records read per page. */
    private static final int PAGE = 4096;

    /** The ledger entries of one journal batch, in journal order. */
    record ReadBatch(String batchId, Instant recordedAt, List<LedgerEntry> entries) {
    }

    /** The stored records, or null with why not. */
    record Appended(List<JournalRecord> records, boolean batchIdTaken) {
    }

    private final Journal journal;
    private final LedgerCodec codec;
    /** Verifies what is read after the last record this link read or appended (trusted: it was verified or written here). */
    private JournalVerifier verifier = new JournalVerifier();
    private long position;
    /** The moment of the last record read, of any type, in microseconds; the ledger's next batch comes after it. */
    private long lastSeenMicros = Long.MIN_VALUE;

    JournalLink(Journal journal, LedgerCodec codec) {
        this.journal = journal;
        this.codec = codec;
    }

    Journal journal() {
        return journal;
    }

    /**
     * The moment of the last record read, whatever its type: other kinds of record (a round's
     * events) share the journal, and the journal refuses a batch recorded before its last record.
     */
    long lastSeenMicros() {
        return lastSeenMicros;
    }

    /** The position of the last record read or appended. */
    long position() {
        return position;
    }

    /**
     * The ledger batches appended after {@link #position()}, verified and decoded.
     *
     * @throws JournalDamagedException at the first record that does not match its hash or chain
     * @throws IllegalStateException when a ledger record's payload cannot be read
     */
    List<ReadBatch> readNew() {
        List<ReadBatch> batches = new ArrayList<>();
        String batchId = null;
        Instant recordedAt = null;
        List<LedgerEntry> entries = new ArrayList<>();
        while (true) {
            List<JournalRecord> page = journal.read(position, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (JournalRecord record : page) {
                Optional<JournalDamage> damage = verifier.check(record);
                if (damage.isPresent()) {
                    throw new JournalDamagedException(damage.get());
                }
                if (!record.batchId().equals(batchId)) {
                    if (!entries.isEmpty()) {
                        batches.add(new ReadBatch(batchId, recordedAt, entries));
                        entries = new ArrayList<>();
                    }
                    batchId = record.batchId();
                    recordedAt = record.recordedAt();
                }
                if (LedgerRecordTypes.owns(record.type())) {
                    entries.add(decode(record));
                }
                position = record.position();
                lastSeenMicros = RecordedEntry.microsOf(record.recordedAt());
            }
        }
        if (!entries.isEmpty()) {
            batches.add(new ReadBatch(batchId, recordedAt, entries));
        }
        return batches;
    }

    /** How far back from the head {@link #readLatestSnapshot} looks for a snapshot. */
    static final int SNAPSHOT_SEARCH = 1 << 16;

    /**
     * The latest ledger snapshot among the last {@link #SNAPSHOT_SEARCH} records, if any, read and
     * checked: its own hash, and its link to the record before it (whose position and hash it must
     * name). Reading then goes on after it ({@link #readNew}). Empty, with nothing read, when
     * there is none; then the ledger reads the journal from its start.
     *
     * @throws JournalDamagedException when the snapshot record does not match its hash or chain
     * @throws IllegalStateException when its payload cannot be read
     */
    Optional<LedgerSnapshot.Content> readLatestSnapshot() {
        long head = journal.head();
        long floor = Math.max(0, head - SNAPSHOT_SEARCH);
        for (long end = head; end > floor; ) {
            long from = Math.max(floor, end - PAGE);
            List<JournalRecord> page = journal.read(from, (int) (end - from));
            for (int i = page.size() - 1; i >= 0; i--) {
                JournalRecord record = page.get(i);
                if (LedgerSnapshot.TYPE.equals(record.type())) {
                    return Optional.of(useSnapshot(record));
                }
            }
            end = from;
        }
        return Optional.empty();
    }

    private LedgerSnapshot.Content useSnapshot(JournalRecord snapshot) {
        JournalRecord before = snapshot.position() == 1 ? null : journal.read(snapshot.position() - 2, 1).get(0);
        JournalVerifier check = before == null ? new JournalVerifier() : JournalVerifier.after(before);
        Optional<JournalDamage> damage = check.check(snapshot);
        if (damage.isPresent()) {
            throw new JournalDamagedException(damage.get());
        }
        LedgerSnapshot.Content content;
        try {
            content = LedgerSnapshot.decode(snapshot.payload());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("journal record " + snapshot.position() + " (" + snapshot.type() + ") cannot be read: "
                + e.getMessage(), e);
        }
        if (content.position() != snapshot.position() - 1 || !content.hash().equals(snapshot.previousHash())) {
            throw new JournalDamagedException(new JournalDamage(snapshot.position(), "the snapshot names record " + content.position()
                + " with hash " + content.hash() + " but follows record " + (snapshot.position() - 1) + " with hash " + snapshot.previousHash()));
        }
        verifier = JournalVerifier.after(snapshot);
        position = snapshot.position();
        return content;
    }

    /** The hash of the last record read or appended ({@link RecordHash#GENESIS} before the first). */
    String lastHash() {
        JournalRecord last = verifier.last();
        if (last != null) {
            return last.hash();
        }
        return position == 0 ? nl.sociaaldomein.atelier.journal.RecordHash.GENESIS : journal.read(position - 1, 1).get(0).hash();
    }

    private LedgerEntry decode(JournalRecord record) {
        try {
            return codec.decode(record.type(), record.payload());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("journal record " + record.position() + " (" + record.type() + ", batch '"
                + record.batchId() + "') is no ledger entry this version can read: " + e.getMessage(), e);
        }
    }

    /** Appends the other records, then the entries, as one batch at {@link #position()}. */
    Appended append(String batchId, Instant recordedAt, List<NewRecord> others, List<LedgerEntry> entries) {
        List<NewRecord> records = new ArrayList<>(others.size() + entries.size());
        records.addAll(others);
        for (LedgerEntry entry : entries) {
            records.add(new NewRecord(LedgerRecordTypes.of(entry), codec.encode(entry)));
        }
        AppendResult result = journal.append(position, new Batch(batchId, recordedAt, records));
        if (result instanceof AppendResult.Appended appended) {
            JournalRecord last = appended.records().get(appended.records().size() - 1);
            // The journal stored exactly what was appended at the position expected; reading goes on after it.
            verifier = JournalVerifier.after(last);
            position = last.position();
            return new Appended(appended.records(), false);
        }
        return new Appended(null, result instanceof AppendResult.BatchIdTaken);
    }
}
