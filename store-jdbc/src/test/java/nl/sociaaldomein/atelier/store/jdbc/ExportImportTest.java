package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.RecordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store moves through JSON lines unchanged, between engines, and a bad export changes nothing. */
class ExportImportTest {

    private static final String AWKWARD = "{\"naam\":\"Stichting \\\"Één\\\" – €\",\"nl\":\"regel 1\\nregel 2\"}"
        + "\u0000\t\n\r\u2028\uD83D\uDE00\\/";

    @TempDir
    Path folder;

    /** Three journals with awkward content, in the SQLite store of {@code fixture}. */
    private static void fill(StoreFixture fixture) {
        try (JournalStore store = fixture.open()) {
            for (String stream : List.of("round:groningen-2016", "ledger", "Ledger", "experiment/één")) {
                Journal journal = store.journal(stream);
                for (int b = 0; b < 7; b++) {
                    List<NewRecord> records = new ArrayList<>();
                    for (int i = 0; i <= b % 3; i++) {
                        records.add(new NewRecord("ledger.grant", "{\"b\":" + b + ",\"i\":" + i + "}" + (b == 3 ? AWKWARD : "")));
                    }
                    assertThat(journal.append(journal.head(), new Batch(stream + "#" + b,
                        Instant.parse("2016-06-30T12:00:00.000001Z").plusSeconds(b), records)))
                        .isInstanceOf(AppendResult.Appended.class);
                }
            }
        }
    }

    private static byte[] export(StoreFixture fixture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JournalStore store = fixture.open()) {
            StoreExport.write(store, out);
        }
        return out.toByteArray();
    }

    private static List<JournalHead> importInto(StoreFixture fixture, String lines) {
        try (JournalStore store = fixture.open()) {
            return StoreImport.read(store, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "backup.jsonl");
        }
    }

    @Test
    void sqlite_to_json_lines_to_postgres_to_json_lines_is_byte_identical() {
        StoreFixture sqlite = StoreFixture.sqlite(folder);
        fill(sqlite);
        byte[] first = export(sqlite);

        StoreFixture postgres = StoreFixture.postgres();
        List<JournalHead> heads = importInto(postgres, new String(first, StandardCharsets.UTF_8));
        byte[] second = export(postgres);

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
        assertThat(heads).extracting(JournalHead::stream)
            .containsExactly("Ledger", "experiment/één", "ledger", "round:groningen-2016");
        assertThat(heads).allSatisfy(head -> assertThat(head.records()).isEqualTo(13));
        try (JournalStore store = postgres.open()) {
            Journal ledger = store.journal("ledger");
            assertThat(ledger.read(0, 100).get(ledger.read(0, 100).size() - 1).hash()).isEqualTo(heads.get(2).lastHash());
            // The imported journal goes on like the original: the next append chains to the last record.
            assertThat(ledger.append(13, new Batch("after-import", Instant.parse("2017-01-01T00:00:00Z"),
                List.of(new NewRecord("ledger.grant", "{}"))))).isInstanceOf(AppendResult.Appended.class);
            assertThat(ledger.verify()).isEmpty();
        }
    }

    @Test
    void the_format_is_a_header_and_one_line_per_record_with_fields_in_a_fixed_order() {
        StoreFixture sqlite = StoreFixture.sqlite(folder);
        try (JournalStore store = sqlite.open()) {
            store.journal("ledger").append(0, new Batch("b1", Instant.parse("2016-06-30T12:00:00Z"),
                List.of(new NewRecord("ledger.grant", "{\"amount\":\"€ 25.000\"}"))));
        }
        String[] lines = new String(export(sqlite), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("{\"format\":\"atelier-journal-export\",\"version\":1}");
        String hash = RecordHash.of(1, "b1", "ledger.grant", Instant.parse("2016-06-30T12:00:00Z"), RecordHash.GENESIS,
            "{\"amount\":\"€ 25.000\"}");
        assertThat(lines[1]).isEqualTo("{\"stream\":\"ledger\",\"position\":1,\"batchId\":\"b1\",\"type\":\"ledger.grant\","
            + "\"recordedAt\":\"2016-06-30T12:00:00.000000Z\",\"previousHash\":\"" + RecordHash.GENESIS + "\","
            + "\"hash\":\"" + hash + "\",\"payload\":\"{\\\"amount\\\":\\\"€ 25.000\\\"}\"}");
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void an_export_with_a_changed_record_is_refused_naming_its_line_and_nothing_is_stored() {
        StoreFixture source = StoreFixture.sqlite(folder);
        fill(source);
        String[] lines = new String(export(source), StandardCharsets.UTF_8).split("\n"); // lines[5] is line 6: record 5 of Ledger
        lines[5] = lines[5].replace("\\\"b\\\":", "\\\"b\\\":9");
        StoreFixture target = StoreFixture.sqlite(folder);
        assertThatThrownBy(() -> importInto(target, String.join("\n", lines) + "\n"))
            .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).hasSize(1))
            .hasMessageContaining("backup.jsonl:6: journal 'Ledger': journal damaged at position 5")
            .hasMessageContaining("changed after it was written")
            .hasMessageContaining("nothing was stored");
        try (JournalStore store = target.open()) {
            assertThat(store.streams()).isEmpty();
        }
    }

    @Test
    void every_malformed_line_is_reported_at_once() {
        String lines = "{\"format\":\"atelier-journal-export\",\"version\":1}\n"
            + "{\"stream\":\"ledger\",\"position\":\"one\"}\n"
            + "not json\n"
            + "\n"
            + "{\"stream\":\"ledger\",\"position\":1,\"batchId\":\"b\",\"type\":\"t\",\"recordedAt\":\"gisteren\","
            + "\"previousHash\":\"0\",\"hash\":\"0\",\"payload\":\"\",\"extra\":1}\n";
        assertThatThrownBy(() -> importInto(StoreFixture.sqlite(folder), lines))
            .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("backup.jsonl:2: ").contains("'position' must be a whole number")
                    .contains("'batchId' must be a string, was missing"),
                p -> assertThat(p).startsWith("backup.jsonl:3: not JSON"),
                p -> assertThat(p).startsWith("backup.jsonl:4: an empty line"),
                p -> assertThat(p).startsWith("backup.jsonl:5: ").contains("unknown field 'extra'"))); 
    }

    @Test
    void a_newer_format_or_another_file_is_refused_at_its_first_line() {
        assertThatThrownBy(() -> importInto(StoreFixture.sqlite(folder), "{\"format\":\"atelier-journal-export\",\"version\":2}\n"))
            .hasMessageContaining("backup.jsonl:1: export format version 2 is not one this Atelier reads");
        assertThatThrownBy(() -> importInto(StoreFixture.sqlite(folder), "naam;bedrag\n"))
            .hasMessageContaining("backup.jsonl:1: not JSON");
        assertThatThrownBy(() -> importInto(StoreFixture.sqlite(folder), ""))
            .hasMessageContaining("backup.jsonl: empty");
    }

    @Test
    void import_only_into_an_empty_store() {
        StoreFixture source = StoreFixture.sqlite(folder);
        fill(source);
        String lines = new String(export(source), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importInto(source, lines))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("is not empty")
            .hasMessageContaining("Nothing was stored");
        assertThat(new String(export(source), StandardCharsets.UTF_8)).isEqualTo(lines);
    }
}
