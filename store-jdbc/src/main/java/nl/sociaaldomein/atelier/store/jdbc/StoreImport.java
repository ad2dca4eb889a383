package nl.sociaaldomein.atelier.store.jdbc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.journal.JournalDamage;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.JournalVerifier;
import nl.sociaaldomein.atelier.journal.RecordHash;
import nl.sociaaldomein.atelier.journal.Timestamps;

/**
 * Reads an export ({@link ExportFormat}) into an empty store, in one transaction: every line is
 * checked (form, fields, and each journal's positions and hash chain), and when anything is wrong
 * the import is refused with every problem found, naming its line, and nothing is stored.
 */
public final class StoreImport {

    /** Problems listed in full; past this many the rest are counted. */
    private static final int LISTED = 50;
    /** Rows sent to the database per round trip. */
    private static final int CHUNK = 1000;

    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StoreImport() {
    }

    /**
     * Imports {@code in} (not closed), named {@code source} in problems, into {@code store}, which must
     * hold no records; answers each journal's head as stored.
     *
     * @param store  the store to import into
     * @param in     an export written by {@link StoreExport#write}
     * @param source names the export in problems, such as its file name
     * @return the head (last position and hash) of each journal stored
     * @throws ImportRefusedException when the export is not whole and valid; nothing is stored
     * @throws StoreException when the store is not empty or cannot be written
     */
    public static List<JournalHead> read(JournalStore store, InputStream in, String source) {
        Engine engine = store.engine();
        try {
            return engine.transaction(connection -> {
                refuseUnlessEmpty(connection, store);
                Reading reading = new Reading(engine, connection, source);
                reading.all(in);
                if (!reading.problems.isEmpty()) {
                    throw new ImportRefusedException(source, reading.listed());
                }
                reading.flushAll();
                return reading.heads();
            }, heads -> true);
        } catch (SQLException e) {
            throw engine.failure("importing " + source, e);
        }
    }

    private static void refuseUnlessEmpty(Connection connection, JournalStore store) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM atelier_journal LIMIT 1")) {
            if (rows.next()) {
                throw new StoreException(store.location() + " is not empty (it holds the journals "
                    + String.join(", ", store.streams()) + "); import only into a new, empty store. Nothing was stored");
            }
        }
    }

    /** One pass over the lines: checks each, verifies each journal's chain, sends rows while all is well. */
    private static final class Reading {

        private final Engine engine;
        private final Connection connection;
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Chain> chains = new TreeMap<>();
        private long line;

        Reading(Engine engine, Connection connection, String source) {
            this.engine = engine;
            this.connection = connection;
            this.source = source;
        }

        void all(InputStream in) throws SQLException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            try {
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (line == 1) {
                        header(text);
                    } else if (text.isEmpty()) {
                        problem("an empty line; every line after the header is one record");
                    } else {
                        record(text);
                    }
                }
            } catch (CharacterCodingException e) {
                problem("the file is not UTF-8 after this line (" + e.getMessage() + ")");
            } catch (IOException e) {
                problem("cannot be read further: " + e.getMessage());
            }
            if (line == 0) {
                problems.add(source + ": empty; an export starts with the line {\"format\":\"" + ExportFormat.FORMAT
                    + "\",\"version\":" + ExportFormat.VERSION + "}");
            }
        }

        private void header(String text) {
            JsonNode node = parse(text);
            if (node == null) {
                return;
            }
            if (!ExportFormat.FORMAT.equals(node.path("format").asText(null))) {
                problem("not an Atelier journal export: the first line must be {\"format\":\"" + ExportFormat.FORMAT
                    + "\",\"version\":" + ExportFormat.VERSION + "}");
                return;
            }
            JsonNode version = node.path("version");
            if (!version.isIntegralNumber() || version.asLong() != ExportFormat.VERSION) {
                problem("export format version " + version + " is not one this Atelier reads (it reads version "
                    + ExportFormat.VERSION + ")");
            }
        }

        private JsonNode parse(String text) {
            try {
                JsonNode node = JSON.readTree(text);
                if (node == null || !node.isObject()) {
                    problem("not a JSON object");
                    return null;
                }
                return node;
            } catch (JsonProcessingException e) {
                problem("not JSON: " + e.getOriginalMessage() + " (column " + e.getLocation().getColumnNr() + ")");
                return null;
            }
        }

        private void record(String text) throws SQLException {
            JsonNode node = parse(text);
            if (node == null) {
                return;
            }
            List<String> wrong = new ArrayList<>();
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ExportFormat.RECORD_FIELDS.contains(name)) {
                    wrong.add("unknown field '" + name + "'");
                }
            }
            Map<String, String> texts = new HashMap<>();
            for (String field : ExportFormat.RECORD_FIELDS) {
                JsonNode value = node.get(field);
                if (field.equals(ExportFormat.POSITION)) {
                    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
                        wrong.add("'" + field + "' must be a whole number from 1, was " + value);
                    }
                } else if (value == null || !value.isTextual()) {
                    wrong.add("'" + field + "' must be a string, was " + (value == null ? "missing" : value.toString()));
                } else {
                    texts.put(field, value.textValue());
                }
            }
            JournalRecord record = null;
            if (wrong.isEmpty()) {
                try {
                    record = new JournalRecord(node.get(ExportFormat.POSITION).asLong(), texts.get(ExportFormat.BATCH_ID),
                        texts.get(ExportFormat.TYPE), texts.get(ExportFormat.PAYLOAD),
                        Timestamps.parse(texts.get(ExportFormat.RECORDED_AT)), texts.get(ExportFormat.PREVIOUS_HASH),
                        texts.get(ExportFormat.HASH));
                } catch (DateTimeParseException e) {
                    wrong.add("'" + ExportFormat.RECORDED_AT + "' is not an ISO-8601 moment: " + e.getParsedString());
                } catch (IllegalArgumentException e) {
                    wrong.add(e.getMessage());
                }
            }
            if (!wrong.isEmpty()) {
                problem(String.join("; ", wrong));
                return;
            }
            String stream = texts.get(ExportFormat.STREAM);
            chains.computeIfAbsent(stream, Chain::new).add(record);
        }

        private void problem(String message) {
            problems.add(source + ":" + line + ": " + message);
        }

        List<String> listed() {
            if (problems.size() <= LISTED) {
                return problems;
            }
            List<String> listed = new ArrayList<>(problems.subList(0, LISTED));
            listed.add("… and " + (problems.size() - LISTED) + " more problems");
            return listed;
        }

        void flushAll() throws SQLException {
            for (Chain chain : chains.values()) {
                chain.flush();
            }
        }

        List<JournalHead> heads() {
            List<JournalHead> heads = new ArrayList<>();
            for (Chain chain : chains.values()) {
                JournalRecord last = chain.verifier.last();
                heads.add(new JournalHead(chain.stream, last == null ? 0 : last.position(),
                    last == null ? RecordHash.GENESIS : last.hash()));
            }
            return heads;
        }

        /** One journal being read: its chain so far, the batches seen, rows waiting to be sent. */
        private final class Chain {

            private final String stream;
            private final JournalVerifier verifier = new JournalVerifier();
            private final Set<String> batches = new HashSet<>();
            private final List<JournalRecord> pending = new ArrayList<>(CHUNK);
            private final int[] indexes = new int[CHUNK];
            private String batchId;
            private int index;
            private boolean broken;

            Chain(String stream) {
                this.stream = stream;
            }

            void add(JournalRecord record) throws SQLException {
                if (broken) {
                    return; // past the first damage a chain says nothing more
                }
                Optional<JournalDamage> damage = verifier.check(record);
                if (damage.isPresent()) {
                    problem("journal '" + stream + "': " + damage.get());
                    broken = true;
                    return;
                }
                if (record.batchId().equals(batchId)) {
                    index++;
                } else if (!batches.add(record.batchId())) {
                    problem("journal '" + stream + "': batch '" + record.batchId() + "' appears again at position "
                        + record.position() + ", after other batches; a batch's records are consecutive");
                    broken = true;
                    return;
                } else {
                    batchId = record.batchId();
                    index = 0;
                }
                if (!problems.isEmpty()) {
                    return; // refused anyway: only look for more problems
                }
                indexes[pending.size()] = index;
                pending.add(record);
                if (pending.size() == CHUNK) {
                    flush();
                }
            }

            void flush() throws SQLException {
                if (!pending.isEmpty()) {
                    JdbcJournal.insert(connection, engine, stream, pending, indexes);
                    pending.clear();
                }
            }
        }
    }
}
