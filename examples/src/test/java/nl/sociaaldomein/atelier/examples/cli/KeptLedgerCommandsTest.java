package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app with a store (SQLite here; {@link StoreCommandsTest} runs PostgreSQL): a replay kept
 * once, the kept ledger shown as of a day and as known at a moment, verified, posted to from a
 * file all or nothing, and refused when it was changed behind the app's back.
 */
class KeptLedgerCommandsTest {

    @TempDir
    Path folder;

    /** The example batch of docs/cli.md and the README. */
    static final String JULY = "../docs/examples/ledger-groningen-juli-2016.yaml";

    private Path store() {
        return folder.resolve("atelier.db");
    }

    private static String resource(String name) {
        return Path.of("src/test/resources/ledger", name).toString();
    }

    private long records() throws SQLException {
        return KeptStoreRuns.records(store());
    }

    @Test
    void a_replay_with_a_store_prints_what_it_prints_without_and_is_kept_once() throws SQLException {
        AppRun inMemory = AppRun.of("replay", "groningen-2016");
        AppRun first = AppRun.of("replay", "groningen-2016", "--store", store().toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(inMemory.out());
        assertThat(first.err()).contains("kept in ledger 'ledger' in " + store() + ": 19 entries posted");
        assertThat(records()).as("the budget and the 19 grants").isEqualTo(20);

        AppRun again = AppRun.of("replay", "groningen-2016", "--store", store().toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo(inMemory.out());
        assertThat(again.err()).contains("holds groningen-2016's entries already; nothing changed");
        assertThat(records()).isEqualTo(20);

        AppRun verify = AppRun.of("ledger", "verify", "--store", store().toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("20 records (the budget and 19 entries in 1 batch)", "every hash and link verifies")
            .containsPattern("head: 20 records, last hash [0-9a-f]{64}");
    }

    @Test
    void the_kept_ledger_is_shown_as_of_a_day_in_every_format_and_language() {
        AppRun.of("replay", "groningen-2016", "--store", store().toString());
        AppRun md = AppRun.of("ledger", "show", "--store", store().toString(), "--as-of", "30-06-2016");
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).contains("# Budgetoverzicht: grootboek 'ledger'", "Gemeente: Groningen (GM0014)",
            "| Innovatieatelier Wmo 2016 | € 1.000.000 ³ | € 0 | € 0 | € 887.685 | € 0 | € 0 | € 0 | € 112.315 |",
            "Bron: grootboek 'ledger' (atelier.db), zoals nu bekend; begroting: 000\\_54832993d59957fc.txt",
            "bron: 000\\_54832993d59957fc.txt, “Voor het Innovatieatelier Sociaal Domein is 1 miljoen euro beschikbaar”")
            .doesNotContain(folder.toString());

        AppRun before = AppRun.of("ledger", "show", "--store", store().toString(), "--as-of", "30-05-2016", "--lang", "en");
        assertThat(before.out()).contains("# Budget overview: ledger 'ledger'", "As of 30 May 2016", "as known now")
            .contains("| Innovatieatelier Wmo 2016 | €1,000,000 ³ | €0 | €0 | €0 |");

        AppRun json = AppRun.of("ledger", "show", "--store", store().toString(), "--as-of", "2016-06-30", "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"format\": \"atelier-report\"", "\"title\": \"Budgetoverzicht: grootboek 'ledger'\"");
        Path html = folder.resolve("out/budget.html");
        AppRun toFile = AppRun.of("ledger", "show", "--store", store().toString(), "--format", "html", "--out", html.toString());
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(html).content().contains("<html", "887.685");
    }

    @Test
    void what_was_shown_at_a_moment_is_shown_again_as_known_at_that_moment_after_later_entries() throws Exception {
        AppRun.of("replay", "groningen-2016", "--store", store().toString());
        String[] show = {"ledger", "show", "--store", store().toString(), "--as-of", "02-07-2016"};
        AppRun reported = AppRun.of(show);
        Instant reportedAt = Instant.now();
        Thread.sleep(5);

        AppRun posted = AppRun.of("ledger", "post", JULY, "--store", store().toString());
        assertThat(posted.exitCode()).as(posted.err()).isZero();
        assertThat(posted.out()).contains("posted 2 entries to ledger 'ledger' in " + store() + " as batch 'juli-2016', recorded ");

        AppRun now = AppRun.of(show);
        assertThat(now.out()).contains("| Innovatieatelier Wmo 2016 | € 1.000.000 ³ | € 0 | € 0 | € 897.685 | € 54.500 |");
        AppRun asKnownThen = AppRun.of("ledger", "show", "--store", store().toString(), "--as-of", "02-07-2016",
            "--known-at", reportedAt.toString());
        assertThat(asKnownThen.exitCode()).as(asKnownThen.err()).isZero();
        // The same figures as the report made then; only the source line says which knowledge it shows.
        assertThat(asKnownThen.out().replaceAll("(?m)^> \\*\\*Opmerking:\\*\\* Bron: .*$", ""))
            .isEqualTo(reported.out().replaceAll("(?m)^> \\*\\*Opmerking:\\*\\* Bron: .*$", ""));
        assertThat(asKnownThen.out()).contains("zoals bekend op " + KnownAt.shown(reportedAt) + " (Nederlandse tijd)");

        AppRun postedAgain = AppRun.of("ledger", "post", JULY, "--store", store().toString());
        assertThat(postedAgain.exitCode()).isZero();
        assertThat(postedAgain.out()).contains("holds these entries already (batch 'juli-2016'); nothing changed");
        assertThat(records()).isEqualTo(22);
    }

    @Test
    void a_file_with_mistakes_is_refused_with_every_problem_at_its_place_and_nothing_is_posted() throws SQLException {
        AppRun.of("replay", "groningen-2016", "--store", store().toString());
        AppRun broken = AppRun.of("ledger", "post", resource("broken.yaml"), "--store", store().toString(), "--lang", "en");
        assertThat(broken.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        String file = resource("broken.yaml");
        assertThat(broken.err()).contains(
            file + ":3:11: /entries/0/type: unknown value 'advanse' (did you mean 'advance'?)",
            file + ":9:20: /entries/1/effectiveDate: ",
            "/entries/1/title: required field 'title' is missing",
            file + ":12:13: /entries/1/amount: amount has a fraction of a cent: 12.345",
            "/entries/1/funding/0/weight: expected a whole number",
            "/entries/2/toPotId: required field 'toPotId' is missing",
            "/entries/2/colour: unknown field 'colour'",
            file + ": not valid, 7 problems").doesNotContain("Exception");
        assertThat(records()).isEqualTo(20);

        AppRun refused = AppRun.of("ledger", "post", resource("too-much.yaml"), "--store", store().toString(), "--lang", "en");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains(resource("too-much.yaml") + ":9:5: /entries/1: the ledger refuses: entry 2 of 2 in the batch "
            + "('besluit-te-groot'), so none is posted: grant of € 200.000 for 'Te groot' exceeds the remaining € 112.315 of pot "
            + "'Innovatieatelier Wmo 2016'; nothing was posted");
        assertThat(records()).as("not even the advance that fitted").isEqualTo(20);
    }

    @Test
    void validate_reads_a_ledger_batch_and_run_says_it_is_posted_with_ledger_post() {
        AppRun valid = AppRun.of("validate", JULY);
        assertThat(valid.exitCode()).as(valid.err()).isZero();
        assertThat(valid.out()).isEqualTo(JULY + ": valid ledger batch, 2 entries (whether the ledger accepts them, "
            + "'atelier ledger post' says)\n");
        AppRun broken = AppRun.of("validate", resource("broken.yaml"), "--lang", "en");
        assertThat(broken.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(broken.err()).contains("not valid, 7 problems");
        AppRun run = AppRun.of("run", JULY, "--profile", "groningen");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("post it with 'atelier ledger post " + JULY + " --store FILE|URL'");
    }

    @Test
    void a_round_of_another_budget_is_refused_at_its_budget_and_changes_nothing() throws SQLException {
        AppRun.of("replay", "groningen-2016", "--store", store().toString());
        AppRun other = AppRun.of("replay", "hoogeveen-2016", "--store", store().toString(), "--lang", "en");
        assertThat(other.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(other.err()).contains("/budget: ledger 'ledger' in " + store() + " keeps another budget: it is Groningen's (GM0014), "
            + "this is Hoogeveen's (GM0118)", "(--ledger NAME)");
        assertThat(other.out()).isEmpty();
        assertThat(records()).isEqualTo(20);

        AppRun beside = AppRun.of("replay", "hoogeveen-2016", "--store", store().toString(), "--ledger", "hoogeveen");
        assertThat(beside.exitCode()).as(beside.err()).isZero();
        assertThat(AppRun.of("ledger", "verify", "--store", store().toString(), "--ledger", "hoogeveen").out())
            .contains("ledger 'hoogeveen' in " + store());
        AppRun register = AppRun.of("replay", "oost-gelre-2018", "--store", store().toString());
        assertThat(register.exitCode()).isZero();
        assertThat(register.err()).contains("oost-gelre-2018 holds no round, and the store keeps ledgers only: nothing was kept");
    }

    @Test
    void a_ledger_changed_behind_the_apps_back_is_refused_naming_the_first_bad_record() throws SQLException {
        AppRun.of("replay", "groningen-2016", "--store", store().toString());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER atelier_journal_no_update");
            statement.execute("UPDATE atelier_journal SET payload = replace(payload, '109000.00', '9000.00') WHERE position = 20");
        }
        for (String[] command : new String[][] {
            {"ledger", "verify", "--store", store().toString()},
            {"ledger", "show", "--store", store().toString()},
            {"replay", "groningen-2016", "--store", store().toString()}}) {
            AppRun run = AppRun.of(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("ledger 'ledger' is damaged and was not used: journal damaged at position 20",
                "Nothing was changed or repaired; restore the store from a backup").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void a_change_far_behind_the_head_is_found_as_the_ledger_is_read_and_so_is_a_changed_budget() throws Exception {
        AppRun.of("replay", "groningen-2016", "--store", store().toString());
        // More records than the tail a store checks when it is opened: the ledger's own walk must find it.
        StringBuilder batch = new StringBuilder("format: atelier-ledger-batch/1\nentries:\n");
        for (int i = 0; i < 1100; i++) {
            batch.append("  - {type: reserve, id: r").append(i).append(", effectiveDate: 01-07-2016, reason: reservering, ")
                .append("reservationId: r").append(i).append(", potId: beschermd-wonen-2016, amount: 10, purpose: later}\n");
        }
        Path file = folder.resolve("reserveringen.yaml");
        Files.writeString(file, batch);
        AppRun posted = AppRun.of("ledger", "post", file.toString(), "--store", store().toString());
        assertThat(posted.exitCode()).as(posted.err()).isZero();
        assertThat(records()).isEqualTo(1120);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER atelier_journal_no_update");
            statement.execute("UPDATE atelier_journal SET payload = replace(payload, '25000.00', '2500.00') WHERE position = 2");
        }
        AppRun show = AppRun.of("ledger", "show", "--store", store().toString());
        assertThat(show.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(show.err()).contains("ledger 'ledger' is damaged and was not used: journal damaged at position 2: its content "
            + "does not match its hash");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store());
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE atelier_journal SET payload = replace(payload, '2500.00', '25000.00') WHERE position = 2");
            statement.execute("UPDATE atelier_journal SET payload = replace(payload, '1000000.00', '9000000.00') WHERE position = 1");
        }
        AppRun budget = AppRun.of("ledger", "verify", "--store", store().toString());
        assertThat(budget.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(budget.err()).contains("ledger 'ledger' is damaged and was not used: journal damaged at position 1: its content "
            + "does not match its hash");
    }

    @Test
    void command_line_mistakes_are_usage_errors_and_a_store_without_the_ledger_says_so() throws Exception {
        assertThat(AppRun.of("ledger", "show").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(AppRun.of("ledger", "show").err()).contains("name the store with --store FILE");
        assertThat(AppRun.of("ledger").exitCode()).isEqualTo(ExitCode.USAGE);
        AppRun knownAt = AppRun.of("ledger", "show", "--store", store().toString(), "--known-at", "gisteren");
        assertThat(knownAt.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(knownAt.err()).contains("--known-at needs a moment such as 2016-07-01T14:00");
        AppRun overStore = AppRun.of("replay", "groningen-2016", "--store", store().toString(), "--out", store().toString());
        assertThat(overStore.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(overStore.err()).contains("would overwrite the store");
        assertThat(store()).doesNotExist();

        AppRun none = AppRun.of("ledger", "verify", "--store", store().toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains(store() + ": no such store; a round posted with 'atelier replay SCENARIO --store");
        assertThat(store()).as("nothing is created to say so").doesNotExist();
        AppRun.of("replay", "groningen-2016", "--store", store().toString(), "--ledger", "groningen");
        AppRun other = AppRun.of("ledger", "show", "--store", store().toString());
        assertThat(other.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(other.err()).contains(store() + " keeps no ledger 'ledger' (it keeps: groningen)");

        Path notAStore = folder.resolve("notes.txt");
        Files.writeString(notAStore, "boodschappen\n");
        AppRun wrongFile = AppRun.of("ledger", "verify", "--store", notAStore.toString());
        assertThat(wrongFile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrongFile.err()).contains(notAStore + " is not an SQLite database").doesNotContain("Exception");
        assertThat(Files.readString(notAStore)).isEqualTo("boodschappen\n");
        assertThat(Objects.requireNonNull(folder.toFile().list())).containsExactlyInAnyOrder("atelier.db", "notes.txt");
    }
}
