package nl.sociaaldomein.atelier.store.jdbc;

/**
 * A store cannot be opened or used: unreachable, locked by another process for too long, not an
 * Atelier store, a schema newer than this code knows. The message says what and where, in words a
 * person running the application can act on; the cause keeps the driver's own report.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A store failure explained by {@code message} alone.
     *
     * @param message what went wrong and where, for the person running the application
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * A store failure with the driver's own report kept as its cause.
     *
     * @param message what went wrong and where, for the person running the application
     * @param cause   the driver's or file system's exception
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
