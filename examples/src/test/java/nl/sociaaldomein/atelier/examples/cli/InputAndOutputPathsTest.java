package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the user points the app at the wrong kind of place, the message says what is wrong with it. */
class InputAndOutputPathsTest {

    @Test
    void aFolderGivenAsTheFileIsNamedAFolder(@TempDir Path dir) {
        AppRun run = AppRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(dir + ": is een map, geen bestand").doesNotContain("niet gevonden");
    }

    @Test
    void anOutFileUnderAFileSaysThatTheFolderIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        AppRun run = AppRun.of("replay", "oost-gelre-2018", "--report", "status-table", "--out", file.resolve("x.md").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("cannot write " + file.resolve("x.md") + ": " + file + " is a file, not a folder")
            .doesNotContain("Exception");
    }
}
