/**
 * The journal port on real databases through JDBC: SQLite (one file, WAL, the embedded default) and
 * PostgreSQL (several application instances on one database, each with its own pool). Open a
 * {@link nl.sociaaldomein.atelier.store.jdbc.JournalStore}, take a journal by name, append and read;
 * {@link nl.sociaaldomein.atelier.store.jdbc.StoreExport} and
 * {@link nl.sociaaldomein.atelier.store.jdbc.StoreImport} move a whole store through JSON lines.
 * What each engine promises is in {@code docs/storage.md}.
 */
package nl.sociaaldomein.atelier.store.jdbc;
