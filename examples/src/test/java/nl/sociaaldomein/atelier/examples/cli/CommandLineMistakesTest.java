package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Command lines that look like they ask for something but do not: a usage error, not a silent default. */
class CommandLineMistakesTest {

    @Test
    void aReportOptionNamingNoReportIsAUsageError() {
        for (String empty : new String[] {",", ""}) {
            AppRun run = AppRun.of("replay", "groningen-2016", "--report", empty);
            assertThat(run.exitCode()).as("--report '%s'", empty).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("--report needs report ids");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void listWithAScenarioIsAUsageError() {
        AppRun run = AppRun.of("replay", "--list", "groningen-2016");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("leave out 'groningen-2016'");
    }
}
