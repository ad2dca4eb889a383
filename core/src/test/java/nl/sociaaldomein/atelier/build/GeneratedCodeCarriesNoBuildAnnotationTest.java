package nl.sociaaldomein.atelier.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.initiative.Initiative;
import org.junit.jupiter.api.Test;

/**
 * Immutables is a build-time dependency only (scope provided). A class file that names
 * {@code org.immutables.value.Generated} makes every consumer compiling with {@code -Xlint:all}
 * warn that the annotation's class is missing, so generated code must not carry it.
 */
class GeneratedCodeCarriesNoBuildAnnotationTest {

    @Test
    void no_compiled_class_names_the_immutables_generated_annotation() throws Exception {
        Path classes = Path.of(Initiative.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(f -> f.toString().endsWith(".class")).filter(GeneratedCodeCarriesNoBuildAnnotationTest::namesGenerated).toList();
        }
        assertThat(classes.resolve("nl/sociaaldomein/atelier/initiative/ImmutableInitiative.class")).exists();
        assertThat(offenders).isEmpty();
    }

    private static boolean namesGenerated(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/immutables/value/Generated");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
