package nl.sociaaldomein.atelier.store.jdbc;

import java.util.List;

/**
 * The JSON lines format of a store export, version 1 (documented in {@code docs/storage.md}): a
 * header line, then one line per record, journal by journal in code-point order of their names,
 * each in position order. Fields appear in this order; strings are written as JSON strings with
 * only the escapes JSON requires (control characters, quote, backslash); lines end with {@code \n};
 * the file is UTF-8. The same journals always give the same bytes, whatever engine they came from.
 */
final class ExportFormat {

    static final String FORMAT = "atelier-journal-export";
    static final int VERSION = 1;

    static final String STREAM = "stream";
    static final String POSITION = "position";
    static final String BATCH_ID = "batchId";
    static final String TYPE = "type";
    static final String RECORDED_AT = "recordedAt";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";
    static final String PAYLOAD = "payload";

    /** The fields of a record line, in the order they are written. */
    static final List<String> RECORD_FIELDS = List.of(STREAM, POSITION, BATCH_ID, TYPE, RECORDED_AT, PREVIOUS_HASH, HASH,
        PAYLOAD);

    private ExportFormat() {
    }
}
