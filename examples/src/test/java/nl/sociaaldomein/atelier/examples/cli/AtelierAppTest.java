package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtelierAppTest {

    @Test
    void helpExitsZeroAndNamesTheApp() {
        AppRun run = AppRun.of("--help");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: atelier");
    }

    @Test
    void noCommandOrAnUnknownOptionIsAUsageError() {
        assertThat(AppRun.of().exitCode()).isEqualTo(ExitCode.USAGE);
        AppRun unknown = AppRun.of("--no-such-option");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
    }
}
