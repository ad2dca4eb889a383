package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesAndValidateTest {

    static final String REGISTER = "../profile-oost-gelre/src/main/resources/nl/sociaaldomein/atelier/profile/oostgelre/experiments-2018.yaml";

    @Test
    void profilesListsEveryMunicipalityWithItsCbsCode() {
        AppRun run = AppRun.of("profiles");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("groningen +Groningen +GM0014 +built in")
            .containsPattern("hoogeveen +Hoogeveen +GM0118 +built in")
            .containsPattern("oost-gelre +Oost Gelre +GM1586 +built in");
    }

    @Test
    void aValidPortfolioExitsZeroWithASummary() {
        AppRun run = AppRun.of("validate", "../docs/examples/portfolio-groningen-2016.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("../docs/examples/portfolio-groningen-2016.yaml: valid portfolio, 19 initiatives\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBrokenPortfolioExitsOneListingEveryProblemWithItsPlaceAndNoStackTrace() {
        AppRun run = AppRun.of("validate", "../docs/examples/portfolio-broken.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
            .contains("portfolio-broken.yaml:4:9: /format: onbekend formaat 'atelier-portfolio/2'")
            .contains("portfolio-broken.yaml:20:22: /initiatives/0/requestedAmount: het bedrag mag niet negatief zijn: -5")
            .contains("portfolio-broken.yaml: niet geldig, 17 problemen")
            .doesNotContain("Exception").doesNotContain("at nl.");
    }

    @Test
    void aRegisterIsValidatedWithTheProfilesNumberingAndWords() {
        AppRun run = AppRun.of("validate", REGISTER, "--profile", "oost-gelre");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).endsWith("experiments-2018.yaml: valid experiment register, 19 experiments\n");
    }

    @Test
    void aRegisterWithoutAProfileSaysWhichOptionItNeeds() {
        AppRun run = AppRun.of("validate", REGISTER);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("name the profile with --profile ID");
    }

    @Test
    void aFileOfNoKnownKindNamesTheKnownKinds(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("what.yaml"), "title: something\nitems: []\n");
        AppRun run = AppRun.of("validate", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("what.yaml:1:1: cannot tell what kind of file this is")
            .contains("atelier-portfolio/1").contains("experiment register");
    }

    @Test
    void anUnknownFormatFamilyIsNamedWithTheKnownOnes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"format\": \"atelier-budget/1\"}");
        AppRun run = AppRun.of("validate", file.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("x.json:1:12: /format: unknown format 'atelier-budget/1'; known kinds:");
    }

    @Test
    void aMissingFileIsBadInput(@TempDir Path dir) {
        AppRun missing = AppRun.of("validate", dir.resolve("nothing.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("nothing.yaml: bestand niet gevonden");
    }

    @Test
    void anUnknownOrEmptyProfileIsAUsageErrorListingTheProfiles() {
        for (String[] args : new String[][] {{"validate", REGISTER, "--profile", "atlantis"}, {"run", REGISTER, "--profile", "atlantis"},
                {"validate", REGISTER, "--profile="}, {"run", REGISTER, "--profile="}}) {
            AppRun run = AppRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("--profile")
                .contains("groningen, hoogeveen, oost-gelre").contains("Usage:").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void validateWithoutAFileIsAUsageError() {
        AppRun run = AppRun.of("validate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }
}
