package nl.sociaaldomein.atelier.examples.consumer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.example.misuse.ReachesIntoTheLibrary;
import org.junit.jupiter.api.Test;

/**
 * The application uses Atelier as an embedder should: through the facade, the result type and
 * atelier-jackson. It never sees Guice (how profiles are wired is the library's business), Vavr's
 * result types (the library answers with {@code problem.Result}), or the readers' and the JSON
 * module's internals. Each rule is also shown to fail on a class that breaks it.
 */
class OnlyThePublicApiTest {

    static final JavaClasses APPLICATION = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.sociaaldomein.atelier.examples.consumer");
    static final JavaClasses MISUSE = new ClassFileImporter().importClasses(ReachesIntoTheLibrary.class);

    static final ArchRule NO_GUICE_OR_VAVR = noClasses().should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "io.vavr..")
        .because("the facade and problem.Result are the whole API an embedder needs");
    static final ArchRule NO_INTERNALS = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "nl.sociaaldomein.atelier.io.support..", "nl.sociaaldomein.atelier.jackson.internal..", "nl.sociaaldomein.atelier.jackson.shape..")
        .because("they are not part of the public API (docs/architecture.md)");

    @Test
    void the_application_never_sees_guice_or_vavr() {
        NO_GUICE_OR_VAVR.check(APPLICATION);
    }

    @Test
    void the_application_never_reaches_into_internals() {
        NO_INTERNALS.check(APPLICATION);
    }

    @Test
    void both_rules_fail_on_an_application_that_breaks_them() {
        assertThatThrownBy(() -> NO_GUICE_OR_VAVR.check(MISUSE)).isInstanceOf(AssertionError.class)
            .hasMessageContaining("com.google.inject.Injector").hasMessageContaining("io.vavr.control.Either");
        assertThatThrownBy(() -> NO_INTERNALS.check(MISUSE)).isInstanceOf(AssertionError.class)
            .hasMessageContaining("ReadContext");
    }
}
