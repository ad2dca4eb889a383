/**
 * The journal port: the append-only, hash-chained sequence of records that a system of record
 * keeps (ledger entries, round and experiment events). A {@link nl.sociaaldomein.atelier.journal.Journal}
 * appends a {@link nl.sociaaldomein.atelier.journal.Batch} whole or not at all, at the position
 * the caller expects (optimistic concurrency: the loser of a race catches up and checks again),
 * reads from a position, and can be verified record by record.
 *
 * <p>This package knows nothing of what a record means: its {@code type} and {@code payload} are
 * the caller's. The hash of a record is defined here ({@link nl.sociaaldomein.atelier.journal.RecordHash}),
 * so that every engine (in memory, SQLite, PostgreSQL) stores the same chain and an export from
 * one imports into another unchanged.
 */
package nl.sociaaldomein.atelier.journal;
