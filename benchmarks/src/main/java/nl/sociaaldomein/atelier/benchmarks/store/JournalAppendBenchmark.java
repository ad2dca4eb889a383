package nl.sociaaldomein.atelier.benchmarks.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.RecordHash;
import nl.sociaaldomein.atelier.journal.Timestamps;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable appends to one journal (one hot stream, as one pot's postings are), one committed
 * transaction per operation of {@code batch} records, against a baseline in the same run that
 * inserts the same rows into a table of the same shape with plain JDBC and the same commit
 * pattern, on the same database with the same durability settings (SQLite WAL with
 * {@code synchronous=FULL}; PostgreSQL with its defaults, so {@code fsync} and
 * {@code synchronous_commit} on). The journal adds what the baseline does not do: look the batch
 * id up, read the last record, compute the SHA-256 chain, and go through the pool.
 *
 * <p>Postings per second = operations per second × {@code batch}. On a shared machine run each
 * engine and batch size on its own ({@code -p engine=sqlite -p batch=100}), so that a figure and its
 * baseline are measured minutes apart at most.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class JournalAppendBenchmark {

    @Param({"sqlite", "postgres"})
    public String engine;

    @Param({"1", "100"})
    public int batch;

    private JournalStore store;
    private Journal journal;
    private Connection plain;
    private List<NewRecord> records;
    private long head;
    private long batches;
    private long plainPosition;
    private long plainBatches;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        String location = StoreFixtures.newLocation(engine);
        store = StoreFixtures.open(location);
        journal = store.journal("ledger");
        plain = StoreFixtures.plainConnection(location);
        try (Statement statement = plain.createStatement()) {
            // The journal's shape: the same primary key and the same one-entry-per-batch unique index.
            statement.execute("CREATE TABLE baseline_journal (stream TEXT NOT NULL, position BIGINT NOT NULL,"
                + " batch_id TEXT NOT NULL, batch_index INTEGER NOT NULL, type TEXT NOT NULL, payload "
                + (engine.equals("sqlite") ? "TEXT" : "BYTEA") + " NOT NULL,"
                + " recorded_at TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL,"
                + " PRIMARY KEY (stream, position))");
            statement.execute("CREATE UNIQUE INDEX baseline_journal_batch ON baseline_journal (stream, batch_id)"
                + " WHERE batch_index = 0");
        }
        if (!plain.getAutoCommit()) {
            plain.commit();
        }
        records = StoreFixtures.postings(0, batch);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        plain.close();
        store.close();
    }

    @Benchmark
    public long journal() {
        AppendResult result = journal.append(head, new Batch("batch-" + batches++, StoreFixtures.AT, records));
        if (!(result instanceof AppendResult.Appended)) {
            throw new IllegalStateException("not appended: " + result);
        }
        head += batch;
        return head;
    }

    @Benchmark
    public long plainJdbc() throws SQLException {
        beginPlain();
        String batchId = "batch-" + plainBatches++;
        String at = Timestamps.format(StoreFixtures.AT);
        try (PreparedStatement insert = plain.prepareStatement("INSERT INTO baseline_journal (stream, position, batch_id,"
            + " batch_index, type, payload, recorded_at, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < records.size(); i++) {
                NewRecord record = records.get(i);
                insert.setString(1, "ledger");
                insert.setLong(2, ++plainPosition);
                insert.setString(3, batchId);
                insert.setInt(4, i);
                insert.setString(5, record.type());
                if (engine.equals("sqlite")) {
                    insert.setString(6, record.payload());
                } else {
                    insert.setBytes(6, record.payload().getBytes(StandardCharsets.UTF_8));
                }
                insert.setString(7, at);
                insert.setString(8, RecordHash.GENESIS);
                insert.setString(9, RecordHash.GENESIS);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        commitPlain();
        return plainPosition;
    }

    private void beginPlain() throws SQLException {
        if (engine.equals("sqlite")) {
            try (Statement statement = plain.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
            }
        }
    }

    private void commitPlain() throws SQLException {
        if (engine.equals("sqlite")) {
            try (Statement statement = plain.createStatement()) {
                statement.execute("COMMIT");
            }
        } else {
            plain.commit();
        }
    }
}
