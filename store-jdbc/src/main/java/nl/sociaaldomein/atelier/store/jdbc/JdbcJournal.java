package nl.sociaaldomein.atelier.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import nl.sociaaldomein.atelier.journal.RecordHash;
import nl.sociaaldomein.atelier.journal.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One stream of a {@link JournalStore}: the {@link Journal} contract in SQL that both engines run.
 *
 * <p>An append stores its batch in one transaction. When the caller expects the head this handle last saw, the
 * batch is chained to the record there and inserted at once. Otherwise it reads the last record and
 * looks the batch id up (one query), decides (Duplicate, BatchIdTaken, Conflict, OutOfOrder or
 * Appended) and inserts. On SQLite the transaction holds the file's write lock from its start. On
 * PostgreSQL two instances may write at the same head; the primary key lets only one commit, and
 * the other, failing on the key, decides again on what is stored and answers Conflict (or
 * Duplicate when it was the same batch). A stale guess of the head fails on the same keys.
 */
final class JdbcJournal implements Journal {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcJournal.class);

    /** How often an append is run again after losing a race on a key; one rerun settles it, the rest is margin. */
    private static final int RERUNS = 8;

    /** Records checked at the end of a journal opened with {@link OpenCheck#TAIL}. */
    static final int TAIL = 1000;

    /** Records read per query while verifying. */
    private static final int VERIFY_PAGE = 4096;

    static final String COLUMNS = "position, batch_id, type, payload, recorded_at, previous_hash, hash";
    private static final String LAST = "SELECT " + COLUMNS
        + " FROM atelier_journal WHERE stream = ? ORDER BY position DESC LIMIT 1";
    /**
     * The last record (kind 0) and the first record of a batch id (kind 1) in one statement: one round
     * trip instead of two, and one snapshot for both, so a batch that another instance stored below the
     * head read is always seen.
     */
    private static final String LAST_AND_BATCH = "SELECT 0, " + COLUMNS + " FROM (SELECT " + COLUMNS
        + " FROM atelier_journal WHERE stream = ? ORDER BY position DESC LIMIT 1) last_record"
        + " UNION ALL SELECT 1, " + COLUMNS
        + " FROM atelier_journal WHERE stream = ? AND batch_id = ? AND batch_index = 0";
    private static final String PAGE = "SELECT " + COLUMNS
        + " FROM atelier_journal WHERE stream = ? AND position > ? ORDER BY position LIMIT ?";
    static final String INSERT = "INSERT INTO atelier_journal"
        + " (stream, position, batch_id, batch_index, type, payload, recorded_at, previous_hash, hash)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JournalStore store;
    private final Engine engine;
    private final String stream;
    private final boolean closesStore;

    /** The head as this handle last saw it: the last record there (null for none). */
    private record Known(long head, JournalRecord last) {
    }

    /** What this handle last saw at the head, or null; other instances may have appended since. */
    private volatile Known known;

    JdbcJournal(JournalStore store, Engine engine, String stream, boolean closesStore) {
        this.store = store;
        this.engine = engine;
        this.stream = stream;
        this.closesStore = closesStore;
    }

    String stream() {
        return stream;
    }

    String location() {
        return engine.location();
    }

    @Override
    public long head() {
        try {
            return engine.withConnection(connection -> {
                JournalRecord last = last(connection);
                return last == null ? 0L : last.position();
            });
        } catch (UnreadableRecord e) {
            throw e.damage();
        } catch (SQLException e) {
            throw engine.failure("reading the head of journal '" + stream + "'", e);
        }
    }

    @Override
    public AppendResult append(long expectedHead, Batch batch) {
        AppendResult quick = insertAtKnownHead(expectedHead, batch);
        if (quick != null) {
            return quick;
        }
        for (int run = 0; ; run++) {
            try {
                AppendResult result = engine.transaction(connection -> decideAndInsert(connection, expectedHead, batch),
                    decided -> decided instanceof AppendResult.Appended);
                if (result instanceof AppendResult.Appended appended) {
                    // Only once committed: a head that was never stored must not be built on.
                    JournalRecord last = appended.records().get(appended.records().size() - 1);
                    known = new Known(last.position(), last);
                }
                return result;
            } catch (UnreadableRecord e) {
                throw e.damage();
            } catch (SQLException e) {
                if (!engine.lostRace(e) || run >= RERUNS) {
                    throw engine.failure("appending batch '" + batch.batchId() + "' to journal '" + stream + "'", e);
                }
            }
        }
    }

    /**
     * When the caller expects the head this handle last saw, the batch is chained to the record there
     * and inserted at once, without reading first: one round trip fewer. A record at a position never
     * changes, so the chain and the order of moments are right if the head is; if the guess is stale
     * (another instance appended) or the batch id is stored already, a key refuses the insert and the
     * append decides on what is stored instead. Answers null when it did not store the batch.
     */
    private AppendResult insertAtKnownHead(long expectedHead, Batch batch) {
        Known seen = known;
        if (seen == null || seen.head() != expectedHead
            || seen.last() != null && batch.recordedAt().isBefore(seen.last().recordedAt())) {
            return null;
        }
        List<JournalRecord> appended = chain(seen.last(), batch);
        try {
            engine.transaction(connection -> {
                insert(connection, engine, stream, appended, null);
                return Boolean.TRUE;
            }, inserted -> true);
        } catch (SQLException e) {
            if (engine.lostRace(e)) {
                known = null;
                return null;
            }
            throw engine.failure("appending batch '" + batch.batchId() + "' to journal '" + stream + "'", e);
        }
        JournalRecord last = appended.get(appended.size() - 1);
        known = new Known(last.position(), last);
        return new AppendResult.Appended(appended);
    }

    private static List<JournalRecord> chain(JournalRecord last, Batch batch) {
        List<JournalRecord> chained = new ArrayList<>(batch.records().size());
        JournalRecord previous = last;
        for (NewRecord record : batch.records()) {
            previous = JournalRecord.next(previous, batch.batchId(), batch.recordedAt(), record);
            chained.add(previous);
        }
        return chained;
    }

    private AppendResult decideAndInsert(Connection connection, long expectedHead, Batch batch) throws SQLException {
        JournalRecord last = null;
        JournalRecord batchStart = null;
        try (PreparedStatement query = connection.prepareStatement(LAST_AND_BATCH)) {
            query.setString(1, stream);
            query.setString(2, stream);
            query.setString(3, batch.batchId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(1) == 0) {
                        last = record(rows, 1);
                    } else {
                        batchStart = record(rows, 1);
                    }
                }
            }
        }
        if (batchStart != null) {
            List<JournalRecord> stored = batch(connection, batchStart, batch.records().size());
            return batch.sameAs(stored) ? new AppendResult.Duplicate(stored) : new AppendResult.BatchIdTaken(batch.batchId());
        }
        long head = last == null ? 0 : last.position();
        known = new Known(head, last); // committed by whoever wrote it: safe to build on
        if (expectedHead != head) {
            return new AppendResult.Conflict(expectedHead, head);
        }
        if (last != null && batch.recordedAt().isBefore(last.recordedAt())) {
            return new AppendResult.OutOfOrder(batch.recordedAt(), last.recordedAt());
        }
        List<JournalRecord> appended = chain(last, batch);
        insert(connection, engine, stream, appended, null);
        return new AppendResult.Appended(appended);
    }

    /**
     * Inserts {@code records} of one stream; {@code batchIndexes} holds each record's index within its
     * batch, or is null when the records are one whole batch.
     */
    static void insert(Connection connection, Engine engine, String stream, List<JournalRecord> records, int[] batchIndexes)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < records.size(); i++) {
                JournalRecord record = records.get(i);
                insert.setString(1, stream);
                insert.setLong(2, record.position());
                insert.setString(3, record.batchId());
                insert.setInt(4, batchIndexes == null ? i : batchIndexes[i]);
                insert.setString(5, record.type());
                engine.bindPayload(insert, 6, record.payload());
                insert.setString(7, Timestamps.format(record.recordedAt()));
                insert.setString(8, record.previousHash());
                insert.setString(9, record.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private JournalRecord last(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LAST)) {
            query.setString(1, stream);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? record(rows) : null;
            }
        }
    }

    /**
     * The stored records of the batch that starts with {@code first}. A batch's records are
     * consecutive; reading one more than {@code expected} is enough to tell the same batch from
     * another one under that id.
     */
    private List<JournalRecord> batch(Connection connection, JournalRecord first, int expected) throws SQLException {
        List<JournalRecord> stored = new ArrayList<>();
        for (JournalRecord record : page(connection, first.position() - 1, expected + 1)) {
            if (!record.batchId().equals(first.batchId())) {
                break;
            }
            stored.add(record);
        }
        return stored;
    }

    @Override
    public List<JournalRecord> read(long afterPosition, int limit) {
        if (afterPosition < 0 || limit < 0) {
            throw new IllegalArgumentException("read(" + afterPosition + ", " + limit + "): both must be zero or more");
        }
        if (limit == 0) {
            return List.of();
        }
        try {
            return engine.withConnection(connection -> page(connection, afterPosition, limit));
        } catch (UnreadableRecord e) {
            throw e.damage();
        } catch (SQLException e) {
            if (engine.damaged(e)) {
                throw new JournalDamagedException(new JournalDamage(afterPosition + 1, "records after position "
                    + afterPosition + " cannot be read: " + engine.location() + " is damaged (" + e.getMessage() + ")"));
            }
            throw engine.failure("reading journal '" + stream + "' after position " + afterPosition, e);
        }
    }

    private List<JournalRecord> page(Connection connection, long afterPosition, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(PAGE)) {
            query.setString(1, stream);
            query.setLong(2, afterPosition);
            query.setInt(3, limit);
            return records(query);
        }
    }

    private List<JournalRecord> records(PreparedStatement query) throws SQLException {
        List<JournalRecord> records = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                records.add(record(rows));
            }
        }
        return records;
    }

    private JournalRecord record(ResultSet rows) throws SQLException {
        return record(rows, 0);
    }

    /** The record in {@link #COLUMNS} order after the first {@code skip} columns of {@code rows}. */
    private JournalRecord record(ResultSet rows, int skip) throws SQLException {
        long position = rows.getLong(skip + 1);
        try {
            return new JournalRecord(position, rows.getString(skip + 2), rows.getString(skip + 3),
                engine.payload(rows, skip + 4), Timestamps.parse(rows.getString(skip + 5)), rows.getString(skip + 6),
                rows.getString(skip + 7));
        } catch (RuntimeException e) {
            // Only a change behind the library's back leaves a field empty or a moment unreadable.
            throw new UnreadableRecord(position, e);
        }
    }

    /** A stored row that is no record: a field missing or not in the form this library writes. */
    static final class UnreadableRecord extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long position;

        UnreadableRecord(long position, RuntimeException cause) {
            super("the row at position " + position + " is not a record this library wrote (" + cause.getMessage() + ")",
                cause);
            this.position = position;
        }

        JournalDamagedException damage() {
            return new JournalDamagedException(new JournalDamage(position, getMessage()));
        }
    }

    /**
     * Walks the whole stream from position 1 and checks positions, the hash chain and the order of
     * moments. A part of the store that cannot be read at all (a damaged file, a field that is not
     * what was written) is damage too: the walk then goes on one record at a time to name the first
     * position that cannot be read.
     */
    @Override
    public Optional<JournalDamage> verify() {
        // Up to the head as it is now: what other instances append meanwhile is checked next time.
        // Records are never removed, so every position up to this head must be readable.
        long head = headUnlessDamaged();
        JournalVerifier verifier = new JournalVerifier();
        long after = 0;
        int size = VERIFY_PAGE;
        while (after < head) {
            long from = after;
            int limit = (int) Math.min(size, head - after);
            List<JournalRecord> page;
            try {
                page = engine.withConnection(connection -> page(connection, from, limit));
            } catch (SQLException | UnreadableRecord e) {
                if (e instanceof SQLException sql && !engine.damaged(sql)) {
                    throw engine.failure("verifying journal '" + stream + "'", sql);
                }
                if (size > 1) {
                    size = 1;
                    continue;
                }
                return Optional.of(new JournalDamage(after + 1, "record " + (after + 1) + " cannot be read: "
                    + e.getMessage()));
            }
            if (page.isEmpty()) {
                return Optional.of(new JournalDamage(after + 1, head == Long.MAX_VALUE
                    ? "the records after " + after + " cannot be read: the end of the journal is damaged"
                    : "the journal's head is " + head + " but record " + (after + 1) + " cannot be read"));
            }
            for (JournalRecord record : page) {
                Optional<JournalDamage> damage = verifier.check(record);
                if (damage.isPresent()) {
                    return damage;
                }
            }
            after = page.get(page.size() - 1).position();
        }
        return Optional.empty();
    }

    /** The head, or {@code Long.MAX_VALUE} when the end of a damaged store cannot be read (walk until it fails). */
    private long headUnlessDamaged() {
        try {
            return engine.withConnection(connection -> {
                JournalRecord last = last(connection);
                return last == null ? 0L : last.position();
            });
        } catch (SQLException e) {
            if (engine.damaged(e)) {
                return Long.MAX_VALUE;
            }
            throw engine.failure("reading the head of journal '" + stream + "'", e);
        } catch (UnreadableRecord e) {
            return Long.MAX_VALUE;
        }
    }

    /** Checks the stream as {@code check} says; a damaged one is refused. */
    JdbcJournal verified(OpenCheck check) {
        Optional<JournalDamage> damage = check == OpenCheck.TAIL ? verifyTail() : verify();
        if (damage.isPresent()) {
            JournalDamage named = new JournalDamage(damage.get().position(),
                damage.get().message() + " (journal '" + stream + "' in " + engine.location() + ")");
            LOG.error("journal refused: {}", named);
            throw new JournalDamagedException(named);
        }
        LOG.info("journal '{}' in {} verified ({}): {} records", stream, engine.location(),
            check == OpenCheck.TAIL ? "the last records" : "the whole chain", head());
        return this;
    }

    /**
     * The last {@value #TAIL} records chain to each other and match their hashes, and the stream holds
     * as many records as its head says. When the count is off, the whole walk names the first gap.
     */
    private Optional<JournalDamage> verifyTail() {
        long head = headUnlessDamaged();
        if (head == Long.MAX_VALUE) {
            return verify();
        }
        try {
            long count = engine.withConnection(connection -> {
                try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM atelier_journal WHERE stream = ?")) {
                    query.setString(1, stream);
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }
            });
            if (count != head) {
                return verify();
            }
            long from = Math.max(0, head - TAIL - 1);
            List<JournalRecord> tail = engine.withConnection(connection -> page(connection, from, (int) (head - from)));
            for (int i = 0; i < tail.size(); i++) {
                JournalRecord record = tail.get(i);
                if (record.position() != from + i + 1) {
                    return verify();
                }
                if (i > 0 && !record.previousHash().equals(tail.get(i - 1).hash())
                    || i == 0 && from == 0 && !record.previousHash().equals(RecordHash.GENESIS)
                    || !record.hashMatches()) {
                    return verify(); // the walk names it in the words every check uses
                }
            }
            return Optional.empty();
        } catch (SQLException | UnreadableRecord e) {
            return verify();
        }
    }

    @Override
    public void close() {
        if (closesStore) {
            store.close();
        }
    }

    @Override
    public String toString() {
        return "journal '" + stream + "' in " + engine.location();
    }
}
