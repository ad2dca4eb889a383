package nl.sociaaldomein.atelier.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite file, opened in WAL mode through one connection that this process's threads take
 * turns on. Other processes may open the same file: SQLite's own file locks serialise their
 * writes, and an append waits up to the busy timeout for another process's transaction to end.
 */
final class SqliteEngine extends Engine {

    /** The first 16 bytes of every SQLite 3 database file. */
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final SqliteOptions options;
    private final Connection connection;
    private final ReentrantLock turn = new ReentrantLock();

    private SqliteEngine(Path file, SqliteOptions options, Connection connection) {
        this.file = file;
        this.options = options;
        this.connection = connection;
    }

    static SqliteEngine open(Path given, SqliteOptions options) {
        Path file = given.toAbsolutePath().normalize();
        refuseWhatIsNoDatabase(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(options.durability() == SqliteOptions.Durability.POWER_LOSS
            ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) options.busyTimeout().toMillis());
        // Up to 64 MiB of pages in memory (SQLite's default is 2 MiB): a journal of a million records
        // keeps its indexes' hot pages cached instead of reading them from disk on every append.
        config.setCacheSize(-64 * 1024);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            if (isDamage(e)) {
                throw SqliteDamageProbe.refusal(file, e);
            }
            throw new StoreException("cannot open the SQLite store " + file + ": " + e.getMessage(), e);
        }
        SqliteEngine engine = new SqliteEngine(file, options, connection);
        try {
            engine.checkSettings();
            engine.refuseForeignTables();
            return engine;
        } catch (SQLException e) {
            engine.close();
            if (isDamage(e)) {
                throw SqliteDamageProbe.refusal(file, e);
            }
            throw engine.failure("open", e);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /** A file that exists must be an SQLite database: an empty or foreign file is never overwritten. */
    private static void refuseWhatIsNoDatabase(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder; an SQLite store is a file (e.g. " + file.resolve("atelier.db") + ")");
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new StoreException("cannot create the SQLite store " + file + ": the folder " + folder + " does not exist");
        }
        if (!Files.exists(file)) {
            createWhole(file); // created on first use
            return;
        }
        byte[] start = new byte[HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new StoreException("cannot read the SQLite store " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new StoreException(file + " is empty (0 bytes): not an Atelier store, or one that was truncated;"
                + " refused (a new store is created only where no file exists)");
        }
        if (read < HEADER.length || !Arrays.equals(start, HEADER)) {
            throw new StoreException(file + " is not an SQLite database (its first bytes are not an SQLite header);"
                + " refused, nothing was changed");
        }
    }

    /**
     * A new store appears whole or not at all. SQLite creates its file empty and writes the header a
     * moment later, so a process killed in between would leave an empty file, which every later open
     * refuses (an empty file may as well be a truncated store). So the database is made under a
     * temporary name in the same folder and then linked to its own name; the link fails when another
     * process created the store meanwhile, and that store is used. A kill leaves at most a
     * temporary file behind, never a store that cannot be opened.
     */
    private static void createWhole(Path file) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".creating-" + UUID.randomUUID());
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL); // writes the header: the file is now a database
            config.createConnection("jdbc:sqlite:" + temporary).close();
            try {
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException madeByAnother) {
                // Another process created the store first: open that one.
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                try {
                    Files.move(temporary, file);
                } catch (FileAlreadyExistsException madeByAnother) {
                    // as above
                }
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot create the SQLite store " + file + ": " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + suffix));
                } catch (IOException leftBehind) {
                    // A temporary file left behind is harmless: it is not the store.
                }
            }
        }
    }

    private void checkSettings() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String mode = single(statement, "PRAGMA journal_mode");
            if (!"wal".equalsIgnoreCase(mode)) {
                throw new StoreException("the SQLite store " + file + " could not be put in WAL mode (it is in " + mode
                    + " mode); is it on a network file system? Keep the store on a local disk");
            }
        }
    }

    /** A database with tables of its own and no Atelier schema belongs to something else. */
    private void refuseForeignTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (!tables.isEmpty() && !tables.contains(SchemaMigrations.VERSION_TABLE)) {
            throw new StoreException(file + " is an SQLite database of something else (it holds the tables "
                + String.join(", ", tables) + " and no " + SchemaMigrations.VERSION_TABLE + "); refused, nothing was changed");
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Override
    <T> T withConnection(SqlWork<T> work) throws SQLException {
        turn.lock();
        try {
            if (connection.isClosed()) {
                throw new StoreException("the SQLite store " + file + " is closed");
            }
            return work.apply(connection);
        } finally {
            turn.unlock();
        }
    }

    @Override
    void begin(Connection connection) throws SQLException {
        // IMMEDIATE takes the file's write lock now (waiting up to the busy timeout), so that what the
        // transaction reads cannot change before it writes; a plain BEGIN could fail only at its first write.
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        }
    }

    @Override
    void commit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
        }
    }

    @Override
    void rollback(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // No transaction was open (SQLite already rolled it back after an I/O error): nothing to undo.
        }
    }

    @Override
    boolean lostRace(SQLException e) {
        return primary(e) == SQLiteErrorCode.SQLITE_CONSTRAINT.code;
    }

    @Override
    boolean damaged(SQLException e) {
        return isDamage(e);
    }

    private static boolean isDamage(SQLException e) {
        int code = primary(e);
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }

    /** An engine on a connection already open, for reading a copy of a damaged file; it never writes. */
    static SqliteEngine inspecting(Path copy, Connection connection) {
        return new SqliteEngine(copy, SqliteOptions.defaults(), connection);
    }

    @Override
    StoreException failure(String doing, SQLException e) {
        int code = primary(e);
        String what;
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            what = "another process kept the file locked for longer than " + options.busyTimeout().toMillis()
                + " ms; try again, or raise the busy timeout";
        } else if (damaged(e)) {
            what = "the file is damaged (" + e.getMessage() + "); restore it from a backup";
        } else if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            what = "the file cannot be written (" + e.getMessage() + ")";
        } else if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            what = "the disk is full";
        } else {
            what = e.getMessage();
        }
        return new StoreException("SQLite store " + file + ": " + doing + " failed: " + what, e);
    }

    /** SQLite's primary result code, also when the driver wraps it (a failed batch of inserts). */
    private static int primary(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().code & 0xff;
            }
        }
        if (e.getNextException() != null) {
            return primary(e.getNextException());
        }
        return e.getErrorCode() & 0xff;
    }

    @Override
    String migrations() {
        return "sqlite";
    }

    @Override
    void lockSchema(Connection connection) {
        // BEGIN IMMEDIATE already holds the file's write lock.
    }

    @Override
    String location() {
        return file.toString();
    }

    @Override
    void bindPayload(PreparedStatement statement, int index, String payload) throws SQLException {
        statement.setString(index, payload);
    }

    @Override
    String payload(ResultSet row, int index) throws SQLException {
        return row.getString(index);
    }

    @Override
    public void close() {
        turn.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        } finally {
            turn.unlock();
        }
    }
}
