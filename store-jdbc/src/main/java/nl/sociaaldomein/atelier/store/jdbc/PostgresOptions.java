package nl.sociaaldomein.atelier.store.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How a PostgreSQL store is reached: a JDBC URL ({@code jdbc:postgresql://host:5432/atelier}), the
 * user and password (null to take them from the URL or the driver's defaults), the size of this
 * application instance's connection pool, and how long to wait for a connection.
 *
 * @param url            the JDBC URL, starting with {@code jdbc:postgresql:}
 * @param user           the database user, or null for the URL's or the driver's default
 * @param password       the user's password, or null for the URL's or the driver's default
 * @param poolSize       connections this application instance keeps open, at least 1
 * @param connectTimeout how long to wait for a connection before failing with a {@link StoreException}, at least 250 ms
 */
public record PostgresOptions(String url, String user, String password, int poolSize, Duration connectTimeout) {

    private static final String PREFIX = "jdbc:postgresql:";

    /**
     * Checks the options.
     *
     * @param url            the JDBC URL, starting with {@code jdbc:postgresql:}
     * @param user           the database user, or null
     * @param password       the user's password, or null
     * @param poolSize       connections this application instance keeps open
     * @param connectTimeout how long to wait for a connection
     * @throws IllegalArgumentException when the URL is not a PostgreSQL one (the message leaves the password
     *         out), the pool is smaller than 1 or the timeout shorter than 250 ms
     */
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

    /**
     * The URL with the driver's defaults for user and password, a pool of 4, 10 s to connect.
     *
     * @param url the JDBC URL, starting with {@code jdbc:postgresql:}
     * @return the options
     */
    public static PostgresOptions of(String url) {
        return new PostgresOptions(url, null, null, 4, Duration.ofSeconds(10));
    }

    /**
     * These options with another user and password.
     *
     * @param user     the database user, or null for the URL's or the driver's default
     * @param password the user's password, or null for the URL's or the driver's default
     * @return new options; these are unchanged
     */
    public PostgresOptions withUser(String user, String password) {
        return new PostgresOptions(url, user, password, poolSize, connectTimeout);
    }

    /**
     * These options with another pool size.
     *
     * @param poolSize connections this application instance keeps open, at least 1
     * @return new options; these are unchanged
     */
    public PostgresOptions withPoolSize(int poolSize) {
        return new PostgresOptions(url, user, password, poolSize, connectTimeout);
    }

    /**
     * Whether {@code location} names a PostgreSQL store rather than a file.
     *
     * @param location a store's location as a user gave it
     * @return true for a {@code jdbc:postgresql:} URL
     */
    public static boolean isUrl(String location) {
        return location.startsWith(PREFIX);
    }

    /**
     * The URL without a password in it, for messages and logs.
     *
     * @return the URL with any {@code password=} value replaced by {@code ***}
     */
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
