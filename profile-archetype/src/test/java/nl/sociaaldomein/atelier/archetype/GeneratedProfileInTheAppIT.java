package nl.sociaaldomein.atelier.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.atelier.examples.cli.AtelierApp;
import org.junit.jupiter.api.Test;

/**
 * The project the archetype generated (and archetype:integration-test built, running its
 * conformance kit and tests) runs in the shipped app from its profile folder, as its README says.
 */
class GeneratedProfileInTheAppIT {

    private static final Path PROJECT = Path.of("target/it-projects/voorbeeldstad/project/profile-voorbeeldstad");

    @Test
    void theGeneratedProfileRunsItsSampleRoundInTheAppFromItsFolder() {
        Path folder = PROJECT.resolve("target/atelier-profile");
        assertThat(folder.resolve("voorbeeldstad")).as("the profile folder the generated build writes").isDirectory();

        Run profiles = Run.of("profiles", "--profiles", folder.toString());
        assertThat(profiles.code()).as(profiles.err()).isZero();
        assertThat(profiles.out()).containsPattern("voorbeeldstad +Voorbeeldstad \\(fictief\\) +GM9999 +.*atelier-profile/voorbeeldstad");

        Run run = Run.of("run", PROJECT.resolve("src/test/resources/round.yaml").toString(), "--profile", "voorbeeldstad",
            "--profiles", folder.toString(), "--report", "grants-list", "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Particulier").doesNotContain("Jan Jansen").contains("60000");
    }

    @Test
    void theGeneratedProjectStaysWithinTheLinesTheGuidePromises() throws Exception {
        long lines = 0;
        try (var files = Files.walk(PROJECT.resolve("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                lines += Files.readAllLines(file).size();
            }
        }
        assertThat(lines).as("main code of a generated profile").isLessThanOrEqualTo(150);
    }

    @Test
    void theWorkedExampleInTheRepositoryIsWhatTheArchetypeGenerates() throws Exception {
        Path example = Path.of("../examples/profile-voorbeeldstad");
        try (var files = Files.walk(PROJECT.resolve("src"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = PROJECT.relativize(file);
                assertThat(example.resolve(relative)).as("examples/profile-voorbeeldstad/" + relative + " (regenerate it from the archetype)")
                    .hasSameTextualContentAs(file);
            }
        }
        assertThat(example.resolve("pom.xml")).hasSameTextualContentAs(PROJECT.resolve("pom.xml"));
    }

    private record Run(int code, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = AtelierApp.execute(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, out.toString(), err.toString());
        }
    }
}
