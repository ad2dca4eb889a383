package nl.sociaaldomein.atelier.store.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.RecordHash;
import nl.sociaaldomein.atelier.journal.Timestamps;

/**
 * Writes every journal of a store as JSON lines ({@link ExportFormat}): the backup format, and the
 * way from one engine to another. Each journal is verified before it is written (a damaged one is
 * refused with {@link nl.sociaaldomein.atelier.journal.JournalDamagedException}) and written up to
 * its head at the moment its export starts, so what is appended meanwhile waits for the next export.
 */
public final class StoreExport {

    private static final int PAGE = 4096;
    private static final JsonFactory JSON = new JsonFactory();

    private StoreExport() {
    }

    /**
     * Writes the whole store to {@code out} (not closed); answers each journal's head as written.
     *
     * @param store the store to export
     * @param out   where the export goes, one JSON object a line (UTF-8)
     * @return the head (last position and hash) of each journal written
     * @throws StoreException when the store cannot be read or {@code out} cannot be written
     */
    public static List<JournalHead> write(JournalStore store, OutputStream out) {
        List<JournalHead> heads = new ArrayList<>();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(writer, json -> {
                json.writeStringField("format", ExportFormat.FORMAT);
                json.writeNumberField("version", ExportFormat.VERSION);
            });
            for (String stream : store.streams()) {
                heads.add(write(stream, store.journal(stream), writer));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export of " + store.location() + ": " + e.getMessage(), e);
        }
        return List.copyOf(heads);
    }

    private static JournalHead write(String stream, Journal journal, Writer writer) throws IOException {
        long head = journal.head();
        long after = 0;
        String lastHash = RecordHash.GENESIS;
        while (after < head) {
            List<JournalRecord> page = journal.read(after, (int) Math.min(PAGE, head - after));
            if (page.isEmpty()) {
                break;
            }
            for (JournalRecord record : page) {
                line(writer, json -> {
                    json.writeStringField(ExportFormat.STREAM, stream);
                    json.writeNumberField(ExportFormat.POSITION, record.position());
                    json.writeStringField(ExportFormat.BATCH_ID, record.batchId());
                    json.writeStringField(ExportFormat.TYPE, record.type());
                    json.writeStringField(ExportFormat.RECORDED_AT, Timestamps.format(record.recordedAt()));
                    json.writeStringField(ExportFormat.PREVIOUS_HASH, record.previousHash());
                    json.writeStringField(ExportFormat.HASH, record.hash());
                    json.writeStringField(ExportFormat.PAYLOAD, record.payload());
                });
                lastHash = record.hash();
            }
            after = page.get(page.size() - 1).position();
        }
        return new JournalHead(stream, after, lastHash);
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static void line(Writer writer, Fields fields) throws IOException {
        JsonGenerator json = JSON.createGenerator(writer);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        fields.write(json);
        json.writeEndObject();
        json.close();
        writer.write('\n');
    }
}
