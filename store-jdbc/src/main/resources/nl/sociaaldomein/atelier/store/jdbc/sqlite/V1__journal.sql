-- Version 1: the journal. Statements end with ';' at the end of a line followed by an empty line.
-- Every stream (a named journal: the ledger, a round, ...) is a sequence of records at positions
-- 1, 2, 3, ... without gaps; a batch's records are consecutive, and its first record (batch_index 0)
-- is unique per batch id, so the same batch can never be stored twice. recorded_at is the text that
-- the hash covers (ISO-8601 UTC with six fraction digits), so that it reads back exactly.
CREATE TABLE atelier_journal (
    stream        TEXT    NOT NULL,
    position      INTEGER NOT NULL CHECK (position >= 1),
    batch_id      TEXT    NOT NULL,
    batch_index   INTEGER NOT NULL CHECK (batch_index >= 0),
    type          TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL,
    previous_hash TEXT    NOT NULL,
    hash          TEXT    NOT NULL,
    PRIMARY KEY (stream, position)
);

-- One entry per batch, not per record: it finds a batch by id and refuses a second batch under it.
CREATE UNIQUE INDEX atelier_journal_batch ON atelier_journal (stream, batch_id) WHERE batch_index = 0;

-- The journal is append-only: the library never changes or removes a record, and neither may
-- anything else that goes through SQLite (a forger who drops these triggers is caught by the chain).
CREATE TRIGGER atelier_journal_no_update BEFORE UPDATE ON atelier_journal
BEGIN
    SELECT RAISE(ABORT, 'atelier_journal is append-only: records are never changed');
END;

CREATE TRIGGER atelier_journal_no_delete BEFORE DELETE ON atelier_journal
BEGIN
    SELECT RAISE(ABORT, 'atelier_journal is append-only: records are never removed');
END;
