package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.sociaaldomein.atelier.store.jdbc.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store from the command line: a backup with {@code store export}, a restore with
 * {@code store import}, and the move from SQLite to PostgreSQL with the app's own commands, on a
 * real PostgreSQL server (started by the tests from binaries on Maven Central; the user comes from
 * the environment, as docs/cli.md says).
 */
class StoreCommandsTest {

    @TempDir
    Path folder;

    private final Map<String, String> environment = StoreOptions.environment;

    @AfterEach
    void restoreEnvironment() {
        StoreOptions.environment = environment;
    }

    /** A new PostgreSQL database as a user would name it: the URL without credentials, the user in the environment. */
    private String postgres() {
        String url = EmbeddedPostgresServer.shared().newDatabase();
        Map<String, String> withUser = new HashMap<>(environment);
        withUser.put(StoreOptions.USER, "postgres");
        withUser.remove(StoreOptions.PASSWORD);
        StoreOptions.environment = withUser;
        return url.substring(0, url.indexOf('?'));
    }

    @Test
    void sqlite_to_json_lines_to_postgresql_to_json_lines_is_byte_identical_and_the_ledger_moves_whole() throws Exception {
        String sqlite = folder.resolve("atelier.db").toString();
        assertThat(AppRun.of("replay", "groningen-2016", "--store", sqlite).exitCode()).isZero();
        assertThat(AppRun.of("ledger", "post", KeptLedgerCommandsTest.JULY, "--store", sqlite)
            .exitCode()).isZero();
        Path backup = folder.resolve("backup/atelier.jsonl");
        AppRun export = AppRun.of("store", "export", "--store", sqlite, "--out", backup.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).containsPattern("exported journal 'ledger': 22 records, last hash [0-9a-f]{64}")
            .contains("wrote " + backup);
        assertThat(Files.readAllLines(backup).get(0)).isEqualTo("{\"format\":\"atelier-journal-export\",\"version\":1}");
        assertThat(Files.list(backup.getParent())).as("no temporary file is left").hasSize(1);

        String url = postgres();
        AppRun imported = AppRun.of("store", "import", backup.toString(), "--store", url);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported journal 'ledger': 22 records", "every chain verifies");
        AppRun again = AppRun.of("store", "export", "--store", url);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(backup));

        String[] show = {"ledger", "show", "--as-of", "02-07-2016", "--store"};
        AppRun fromSqlite = AppRun.of(concat(show, sqlite));
        AppRun fromPostgres = AppRun.of(concat(show, url));
        assertThat(fromPostgres.exitCode()).as(fromPostgres.err()).isZero();
        // The same figures; the source line names the store it came from.
        assertThat(fromPostgres.out()).contains("(PostgreSQL atelier\\_");
        assertThat(fromPostgres.out().replaceFirst("\\(PostgreSQL [^)]*\\)", "(atelier.db)")).isEqualTo(fromSqlite.out());
        assertThat(AppRun.of("ledger", "verify", "--store", url).out()).isEqualTo(AppRun.of("ledger", "verify", "--store", sqlite).out()
            .replace(sqlite, "PostgreSQL " + url));

        AppRun replayed = AppRun.of("replay", "groningen-2016", "--store", url);
        assertThat(replayed.exitCode()).isZero();
        assertThat(replayed.err()).contains("holds groningen-2016's entries already; nothing changed");
    }

    private static String[] concat(String[] first, String last) {
        String[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    @Test
    void an_import_that_is_not_whole_and_valid_stores_nothing_and_an_import_into_a_store_that_holds_records_is_refused() throws Exception {
        String sqlite = folder.resolve("atelier.db").toString();
        AppRun.of("replay", "groningen-2016", "--store", sqlite);
        Path backup = folder.resolve("atelier.jsonl");
        assertThat(AppRun.of("store", "export", "--store", sqlite, "--out", backup.toString()).exitCode()).isZero();

        AppRun intoFull = AppRun.of("store", "import", backup.toString(), "--store", sqlite);
        assertThat(intoFull.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(intoFull.err()).contains("is not empty").doesNotContain("Exception");

        String text = Files.readString(backup);
        Path changed = folder.resolve("changed.jsonl");
        Files.writeString(changed, text.replace("109000.00", "9000.00"));
        Path fresh = folder.resolve("restored.db");
        AppRun refused = AppRun.of("store", "import", changed.toString(), "--store", fresh.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(changed + ":21: journal 'ledger': journal damaged at position 20",
            changed + ": not imported; nothing was stored");
        assertThat(fresh).as("the store file the refused import created is gone again").doesNotExist();

        AppRun restored = AppRun.of("store", "import", backup.toString(), "--store", fresh.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(AppRun.of("ledger", "verify", "--store", fresh.toString()).out())
            .isEqualTo(AppRun.of("ledger", "verify", "--store", sqlite).out().replace(sqlite, fresh.toString()));

        AppRun overStore = AppRun.of("store", "export", "--store", sqlite, "--out", sqlite);
        assertThat(overStore.exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
