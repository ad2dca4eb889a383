package nl.sociaaldomein.atelier.store.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How a PostgreSQL store is reached: a JDBC URL ({@code jdbc:postgresql://host:5432/atelier}), the
 * user and password (null to take them from the URL or the driver's defaults), the size of this
 * application instance's connection pool, and how long to wait for a connection.
 */
public record PostgresOptions(String url, String user, String password, int poolSize, Duration connectTimeout) {

    private static final String PREFIX = "jdbc:postgresql:";

    public PostgresOptions {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a PostgreSQL store's URL starts with " + PREFIX + ", was "
                + redact(url));
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        if (connectTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectTimeout must be at least 250 ms, was " + connectTimeout);
        }
    }

    /** The URL with the driver's defaults for user and password, a pool of 4, 10 s to connect. */
    public static PostgresOptions of(String url) {
        return new PostgresOptions(url, null, null, 4, Duration.ofSeconds(10));
    }

    public PostgresOptions withUser(String user, String password) {
        return new PostgresOptions(url, user, password, poolSize, connectTimeout);
    }

    public PostgresOptions withPoolSize(int poolSize) {
        return new PostgresOptions(url, user, password, poolSize, connectTimeout);
    }

    /** Whether {@code location} names a PostgreSQL store rather than a file. */
    public static boolean isUrl(String location) {
        return location.startsWith(PREFIX);
    }

    /** The URL without a password in it, for messages and logs. */
    public String safeUrl() {
        return redact(url);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "PostgresOptions[url=" + safeUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
