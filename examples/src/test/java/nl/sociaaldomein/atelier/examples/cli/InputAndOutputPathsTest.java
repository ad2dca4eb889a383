package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the user points the app at the wrong kind of place, the message says what is wrong with it. */
class InputAndOutputPathsTest {

    @Test
    void aFolderGivenAsTheFileIsNamedAFolder(@TempDir Path dir) {
        AppRun run = AppRun.of("validate", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(dir + ": is a folder, not a file").doesNotContain("not found");
    }
}
