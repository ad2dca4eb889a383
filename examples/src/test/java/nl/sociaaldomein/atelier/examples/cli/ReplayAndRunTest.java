package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayAndRunTest {

    @Test
    void listNamesEveryScenarioWithItsTitleAndSource() {
        AppRun run = AppRun.of("replay", "--list");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("oost-gelre-2018 +Oost Gelre: .* \\(docs/sources/004_09d1d1def8e42fc5\\.txt\\)");
    }

    @Test
    void everyListedScenarioReplays() {
        for (Scenario scenario : ScenarioCatalogue.bundled().all()) {
            AppRun run = AppRun.of("replay", scenario.id());
            assertThat(run.exitCode()).as(scenario.id() + ": " + run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).as(scenario.id()).startsWith("# ");
        }
    }

    @Test
    void oostGelrePrintsTheNineteenRowStatusTableThenReviewsAndDataQuality() {
        AppRun run = AppRun.of("replay", "oost-gelre-2018");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String statusTable = run.out().substring(0, run.out().indexOf(ReportPrinter.MARKDOWN_SEPARATOR));
        assertThat(statusTable.lines().filter(l -> l.matches("\\| (\\d+\\)|\\d+-\\d+) \\|.*"))).hasSize(19);
        assertThat(statusTable).contains("| 17-18 | Dienstverlening backoffice |  |  |  | x | x | 1-10-2017 | Maart 2018 | Nee, beëindigd |");
        assertThat(run.out()).contains("# Kwartaalrapportage experimenten aan het college")
            .contains("# Datakwaliteit register experimenten")
            .contains("- Datum: 12-09-2018");
    }

    @Test
    void anUnknownScenarioIsBadInputNamingTheKnownOnes() {
        AppRun run = AppRun.of("replay", "atlantis-2020");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unknown scenario 'atlantis-2020'").contains("oost-gelre-2018");
    }

    @Test
    void replayWithoutAScenarioOrWithAnUnknownOptionIsAUsageError() {
        assertThat(AppRun.of("replay").exitCode()).isEqualTo(ExitCode.USAGE);
        AppRun unknown = AppRun.of("replay", "oost-gelre-2018", "--colour");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void runPrintsTheProfilesOwnReportsForARegister() {
        AppRun run = AppRun.of("run", ProfilesAndValidateTest.REGISTER, "--profile", "oost-gelre");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Stand van zaken experimenten")
            .contains("# Kwartaalrapportage experimenten aan het college").contains("# Datakwaliteit register experimenten");
    }

    @Test
    void aProfileWithoutOutcomeWordsCannotReadARegister() {
        // Hoogeveen binds no outcome words: it keeps no experiments register.
        AppRun run = AppRun.of("run", ProfilesAndValidateTest.REGISTER, "--profile", "hoogeveen");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("profile 'hoogeveen' does not say which outcome words");
    }

    @Test
    void runOnAPlainPortfolioSaysWhatTheFileLacks() {
        AppRun run = AppRun.of("run", "../docs/examples/portfolio-groningen-2016.yaml", "--profile", "groningen");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("a portfolio holds initiatives but no call or budget").contains("write a round file (format atelier-round/1");
    }

    @Test
    void anUnknownReportIsAUsageErrorListingTheProfilesReports() {
        AppRun run = AppRun.of("replay", "oost-gelre-2018", "--report", "status-table,annual-accounts");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--report: unknown report annual-accounts; profile has: ")
            .contains("data-quality").contains("experiment-register").contains("status-table");
    }

    @Test
    void runWithoutAProfileIsAUsageError() {
        AppRun run = AppRun.of("run", ProfilesAndValidateTest.REGISTER);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Missing required option: '--profile=ID'");
    }
}
