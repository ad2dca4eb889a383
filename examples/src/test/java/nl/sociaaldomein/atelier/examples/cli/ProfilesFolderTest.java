package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped app runs a third-party profile from a profiles folder, without a rebuild: the
 * profile's jar and its dependency in a class loader of their own (docs/cli.md, "profiles").
 */
class ProfilesFolderTest {

    static final String ROUND = """
        format: atelier-round/1
        portfolio:
          municipality: {name: Derde Stad (fictief), cbsCode: GM9998}
          initiatives:
            - {id: a, title: Buurtkeuken, applicant: {kind: natural-person, name: Jan Jansen}, requestedAmount: 25000}
            - {id: b, title: Taalcafé, applicant: {kind: organisation, organisationKind: foundation, name: Stichting Taal}, requestedAmount: 8000}
        budget:
          pots:
            - {id: wijk, name: Wijkbudget, ceiling: 30000, period: 2025}
        call:
          id: ronde-1
          name: Wijkideeën 2025
          pot: wijk
          framework: derde-stad
          phases:
            - {phase: decisions, start: 01-05-2025, end: 30-06-2025}
          maximumAmount: 30000
        scores:
          - {assessor: x, initiative: a, criterion: need, score: 5}
          - {assessor: x, initiative: b, criterion: need, score: 4}
        """;

    @Test
    void aProfileInTheFolderIsListedWithWhereItCameFromAndRunsARound(@TempDir Path dir) throws IOException {
        Path profiles = dir.resolve("profiles");
        ThirdPartyJars.profileWithDependency(profiles.resolve("derde-stad"), "derde-stad", "Derde Stad (fictief)");
        Files.createDirectories(profiles.resolve(".cache"));   // hidden: not a profile, and not a problem
        Path round = Files.writeString(dir.resolve("round.yaml"), ROUND);

        AppRun listed = AppRun.of("profiles", "--profiles", profiles.toString());
        assertThat(listed.exitCode()).as(listed.err()).isEqualTo(ExitCode.OK);
        assertThat(listed.out()).containsPattern("derde-stad +Derde Stad \\(fictief\\) +GM9998 +" + java.util.regex.Pattern.quote(
            profiles.resolve("derde-stad").toString())).containsPattern("groningen +Groningen +GM0014 +built in");

        AppRun run = AppRun.of("run", round.toString(), "--profile", "derde-stad", "--profiles", profiles.toString(), "--report", "decisions");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // The call allows € 30.000, the profile € 20.000: the stricter wins, and the € 25.000 request is refused alone.
        assertThat(run.out()).contains("het gevraagde bedrag (€ 25.000) is meer dan het maximum per initiatief (€ 20.000)")
            .contains("€ 8.000").doesNotContain("Jan Jansen");
    }

    @Test
    void theAppCannotSeeTheProfileWithoutTheFolder(@TempDir Path dir) throws IOException {
        Path round = Files.writeString(dir.resolve("round.yaml"), ROUND);
        AppRun run = AppRun.of("run", round.toString(), "--profile", "derde-stad", "--profiles", dir.resolve("empty").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--profiles " + dir.resolve("empty") + ": no such folder").doesNotContain("Exception");

        Files.createDirectories(dir.resolve("empty"));
        AppRun unknown = AppRun.of("run", round.toString(), "--profile", "derde-stad", "--profiles", dir.resolve("empty").toString());
        // An id no profile has is a bad option value: a usage error (docs/cli.md, exit codes).
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("no profile 'derde-stad'; available: groningen, hoogeveen, oost-gelre");
    }

    @Test
    void aProfileClaimingABuiltInIdOrAJarWithoutAProfileIsNamedAsTheFault(@TempDir Path dir) throws IOException {
        Path profiles = dir.resolve("profiles");
        ThirdPartyJars.profileWithDependency(profiles.resolve("impostor"), "groningen", "Nep-Groningen");
        Files.createDirectories(profiles.resolve("nothing"));
        AppRun run = AppRun.of("profiles", "--profiles", profiles.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(profiles.resolve("impostor") + ": profile 'groningen' is already there (built in); remove one of them")
            .contains(profiles.resolve("nothing") + ": holds no jar").doesNotContain("Exception");
    }

    @Test
    void thresholdsFromAFileOverrideTheProfilesOnRunAndValidate(@TempDir Path dir) throws IOException {
        Path profiles = dir.resolve("profiles");
        ThirdPartyJars.profileWithDependency(profiles.resolve("derde-stad"), "derde-stad", "Derde Stad (fictief)");
        Path round = Files.writeString(dir.resolve("round.yaml"), ROUND);
        Path raised = Files.writeString(dir.resolve("next-year.yaml"), "profile: derde-stad\nthresholds:\n  max-per-initiative: 25000\n");

        AppRun run = AppRun.of("run", round.toString(), "--profile", "derde-stad", "--profiles", profiles.toString(),
            "--thresholds", raised.toString(), "--report", "decisions");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("€ 25.000").doesNotContain("meer dan het maximum per initiatief");

        Path broken = Files.writeString(dir.resolve("broken.yaml"), "profile: derde-stad\nthresholds:\n  max-per-initiatve: 25000\n  above-maximum: maybe\n");
        AppRun validate = AppRun.of("validate", round.toString(), "--profile", "derde-stad", "--profiles", profiles.toString(),
            "--thresholds", broken.toString(), "--lang", "en");
        assertThat(validate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(validate.err()).contains(broken + ":3:22: /thresholds/max-per-initiatve: unknown field")
            .contains(broken + ":4:18: /thresholds/above-maximum: expected refuse or grant-maximum, found 'maybe'");

        AppRun withoutProfile = AppRun.of("validate", round.toString(), "--thresholds", raised.toString());
        assertThat(withoutProfile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withoutProfile.err()).contains("name the profile with --profile");
    }
}
