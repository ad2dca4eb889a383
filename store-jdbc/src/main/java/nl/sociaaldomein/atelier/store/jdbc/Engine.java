package nl.sociaaldomein.atelier.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * What differs between the databases a journal is kept in: how a connection is had, how a write
 * transaction starts, how a lost race shows, how payloads are bound, where the migrations live.
 * Everything else (the SQL of the journal itself) is shared in {@link JdbcJournal}.
 */
abstract class Engine implements AutoCloseable {

    /** Runs {@code work} on a connection of this store (serialised per store where the engine needs it). */
    abstract <T> T withConnection(SqlWork<T> work) throws SQLException;

    /** Starts a write transaction that holds what it needs to decide and append. */
    abstract void begin(Connection connection) throws SQLException;

    abstract void commit(Connection connection) throws SQLException;

    /** Undoes the open transaction; never throws (the original failure is what matters). */
    abstract void rollback(Connection connection);

    /** Whether {@code e} means another writer got there first: re-read and decide again. */
    abstract boolean lostRace(SQLException e);

    /** Whether {@code e} says the stored data itself cannot be read (a damaged file). */
    abstract boolean damaged(SQLException e);

    /** A failure in words: what was being done, where, and what to do about it. */
    abstract StoreException failure(String doing, SQLException e);

    /** Folder (next to this class) holding this engine's versioned schema files. */
    abstract String migrations();

    /** Keeps other processes from migrating the schema at the same time, until the transaction ends. */
    abstract void lockSchema(Connection connection) throws SQLException;

    /** Where the store is, for messages: a file or a URL, never a password. */
    abstract String location();

    abstract void bindPayload(PreparedStatement statement, int index, String payload) throws SQLException;

    abstract String payload(ResultSet row, int index) throws SQLException;

    @Override
    public abstract void close();

    /**
     * Runs {@code work} in a write transaction and commits when {@code keep} accepts its result,
     * otherwise rolls back; a failure rolls back too, so nothing half done stays.
     */
    final <T> T transaction(SqlWork<T> work, Predicate<T> keep) throws SQLException {
        return withConnection(connection -> {
            begin(connection);
            boolean ended = false;
            try {
                T result = work.apply(connection);
                if (keep.test(result)) {
                    commit(connection);
                } else {
                    rollback(connection);
                }
                ended = true;
                return result;
            } finally {
                if (!ended) {
                    rollback(connection);
                }
            }
        });
    }
}
