package nl.sociaaldomein.atelier.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A PostgreSQL database shared by several application instances, each with its own connection
 * pool. Appends run at READ COMMITTED: the primary key on (stream, position) and the unique index
 * on a batch's first record (stream, batch id) decide a race, and the loser's transaction fails
 * with a unique violation, after which it reads again and answers Conflict or Duplicate.
 */
final class PostgresEngine extends Engine {

    /** Key of the advisory lock that keeps two instances from migrating the schema at once ("ATLR"). */
    private static final long SCHEMA_LOCK = 0x41544C52L;

    private final DataSource dataSource;
    private final HikariDataSource ownedPool;
    private final String location;

    private PostgresEngine(DataSource dataSource, HikariDataSource ownedPool, String location) {
        this.dataSource = dataSource;
        this.ownedPool = ownedPool;
        this.location = location;
    }

    static PostgresEngine open(PostgresOptions options) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(options.url());
        if (options.user() != null) {
            config.setUsername(options.user());
        }
        if (options.password() != null) {
            config.setPassword(options.password());
        }
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(options.connectTimeout().toMillis());
        config.setInitializationFailTimeout(options.connectTimeout().toMillis());
        config.setPoolName("atelier-journal");
        // One multi-row INSERT per batch instead of one round trip per record.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        String location = "PostgreSQL " + options.safeUrl();
        try {
            return new PostgresEngine(new HikariDataSource(config), null, location).owning();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("cannot connect to " + location
                + (options.user() == null ? "" : " as " + options.user()) + ": " + cause.getMessage(), e);
        }
    }

    /** A store on the caller's data source (a pool the application already has); closing the store leaves it open. */
    static PostgresEngine on(DataSource dataSource, String description) {
        return new PostgresEngine(dataSource, null, "PostgreSQL " + description);
    }

    private PostgresEngine owning() {
        return new PostgresEngine(dataSource, (HikariDataSource) dataSource, location);
    }

    @Override
    <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        }
    }

    @Override
    void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    void rollback(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection is broken; the server rolls the transaction back when it goes.
        }
    }

    @Override
    boolean lostRace(SQLException e) {
        String state = e.getSQLState();
        // unique_violation; serialization_failure and deadlock_detected are also settled by trying again.
        return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
    }

    @Override
    boolean damaged(SQLException e) {
        String state = e.getSQLState();
        // data_corrupted, index_corrupted
        return "XX001".equals(state) || "XX002".equals(state);
    }

    @Override
    StoreException failure(String doing, SQLException e) {
        String state = e.getSQLState();
        String what = e.getMessage();
        if (state != null && state.startsWith("08")) {
            what = "the connection failed (" + e.getMessage() + "); is the server running and reachable?";
        } else if ("28P01".equals(state) || "28000".equals(state)) {
            what = "the server refused the login (" + e.getMessage() + ")";
        }
        return new StoreException(location + ": " + doing + " failed: " + what, e);
    }

    @Override
    String migrations() {
        return "postgres";
    }

    @Override
    void lockSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
        }
    }

    @Override
    String location() {
        return location;
    }

    @Override
    void bindPayload(PreparedStatement statement, int index, String payload) throws SQLException {
        // bytea, not text: PostgreSQL text cannot hold U+0000, and a journal keeps exactly what it is given.
        statement.setBytes(index, payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    String payload(ResultSet row, int index) throws SQLException {
        return new String(row.getBytes(index), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
