-- Version 1: the journal. Statements end with ';' at the end of a line followed by an empty line.
-- Every stream (a named journal: the ledger, a round, ...) is a sequence of records at positions
-- 1, 2, 3, ... without gaps. The primary key decides a race between instances appending at the
-- same position; the first record of a batch (batch_index 0) is unique per batch id, so the same
-- batch is never stored twice.
-- payload is bytea (UTF-8) because text cannot hold U+0000; recorded_at is the text the hash covers
-- (ISO-8601 UTC with six fraction digits), so that it reads back exactly.
CREATE TABLE atelier_journal (
    stream        text    NOT NULL,
    position      bigint  NOT NULL CHECK (position >= 1),
    batch_id      text    NOT NULL,
    batch_index   integer NOT NULL CHECK (batch_index >= 0),
    type          text    NOT NULL,
    payload       bytea   NOT NULL,
    recorded_at   text    NOT NULL,
    previous_hash text    NOT NULL,
    hash          text    NOT NULL,
    CONSTRAINT atelier_journal_position PRIMARY KEY (stream, position)
);

-- One entry per batch, not per record: it finds a batch by id and refuses a second batch under it.
CREATE UNIQUE INDEX atelier_journal_batch ON atelier_journal (stream, batch_id) WHERE batch_index = 0;

-- The journal is append-only: the library never changes or removes a record, and neither may
-- an ordinary session (a forger who disables this trigger is caught by the chain).
CREATE FUNCTION atelier_journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'atelier_journal is append-only: records are never changed or removed';
END;
$$;

CREATE TRIGGER atelier_journal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON atelier_journal
    FOR EACH STATEMENT EXECUTE FUNCTION atelier_journal_append_only();
