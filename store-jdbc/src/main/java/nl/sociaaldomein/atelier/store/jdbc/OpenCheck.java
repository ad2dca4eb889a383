package nl.sociaaldomein.atelier.store.jdbc;

/** How much of a journal's chain is checked when it is opened; {@code Journal.verify()} always checks all of it. */
public enum OpenCheck {
    /** Every record from position 1: a change anywhere is refused at once. The default. */
    WHOLE_CHAIN,
    /**
     * The last {@value JdbcJournal#TAIL} records' hashes and links, and that no position up to the
     * head is missing (a count, not a walk). A record changed further back is found only by
     * {@code verify()}: for large journals whose start-up time matters, run that on a schedule.
     */
    TAIL
}
