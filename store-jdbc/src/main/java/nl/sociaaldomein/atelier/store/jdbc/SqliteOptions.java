package nl.sociaaldomein.atelier.store.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * How an SQLite store is opened.
 *
 * @param durability what an acknowledged append survives ({@link Durability#POWER_LOSS} by default)
 * @param busyTimeout how long an append waits while another process writes to the same file before
 *                    it gives up with a {@link StoreException} naming the file
 */
public record SqliteOptions(Durability durability, Duration busyTimeout) {

    /** What an acknowledged append survives; both survive a crash of the process. */
    public enum Durability {
        /**
         * {@code synchronous=FULL}: every commit waits until the write-ahead log is on disk, so an
         * acknowledged append also survives power loss and an operating-system crash (as far as the
         * disk honours a flush).
         */
        POWER_LOSS,
        /**
         * {@code synchronous=NORMAL}: commits reach the operating system but are flushed to disk only at
         * checkpoints; an acknowledged append survives a crash of the process, but the last appends
         * before a power loss may be gone (the file stays consistent: whole batches or nothing).
         */
        PROCESS_CRASH
    }

    /**
     * Checks the options.
     *
     * @param durability  what an acknowledged append survives
     * @param busyTimeout how long an append waits for another process that is writing
     * @throws IllegalArgumentException when the busy timeout is negative or longer than {@link Integer#MAX_VALUE} ms
     */
    public SqliteOptions {
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative() || busyTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("busyTimeout must be between 0 and " + Integer.MAX_VALUE + " ms, was "
                + busyTimeout);
        }
    }

    /**
     * Survives power loss; waits up to 10 s for another process that is writing.
     *
     * @return the default options
     */
    public static SqliteOptions defaults() {
        return new SqliteOptions(Durability.POWER_LOSS, Duration.ofSeconds(10));
    }

    /**
     * These options with another durability.
     *
     * @param durability what an acknowledged append survives
     * @return new options; these are unchanged
     */
    public SqliteOptions withDurability(Durability durability) {
        return new SqliteOptions(durability, busyTimeout);
    }

    /**
     * These options with another busy timeout.
     *
     * @param busyTimeout how long an append waits for another process that is writing to the same file
     * @return new options; these are unchanged
     */
    public SqliteOptions withBusyTimeout(Duration busyTimeout) {
        return new SqliteOptions(durability, busyTimeout);
    }
}
