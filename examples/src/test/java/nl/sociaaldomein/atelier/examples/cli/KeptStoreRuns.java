package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs of one command group ({@code round}, {@code experiment}) on a SQLite store in a folder of
 * its own under {@code target/}, and what the tests ask of them: success, a refusal with its code
 * that records nothing, the number of records the store holds.
 */
final class KeptStoreRuns {

    private final String group;
    private final Path folder;

    KeptStoreRuns(String group) {
        this.group = group;
        try {
            this.folder = Files.createDirectories(Path.of("target", group + "-commands", UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    String store() {
        return folder.resolve("atelier.db").toString();
    }

    /** {@code atelier GROUP ARGS --store STORE}. */
    AppRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(group));
        all.addAll(List.of(args));
        all.add("--store");
        all.add(store());
        return AppRun.of(all.toArray(String[]::new));
    }

    AppRun ok(String... args) {
        AppRun run = run(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    /** A refused command: exit 4, its code on standard error, nothing recorded. */
    AppRun refused(String code, String... args) throws SQLException {
        long before = records();
        AppRun run = run(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.out() + run.err()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).as(String.join(" ", args)).contains("geweigerd, " + code + ": ", "er is niets vastgelegd");
        assertThat(records()).as("nothing recorded by " + String.join(" ", args)).isEqualTo(before);
        return run;
    }

    long records() throws SQLException {
        return records(Path.of(store()));
    }

    /** The records of every journal in the SQLite store. */
    static long records(Path store) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM atelier_journal")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A file in the folder with {@code content}; its path. */
    String file(String name, String content) throws IOException {
        Path path = folder.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }
}
