package nl.sociaaldomein.atelier.examples.consumer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The application uses Atelier as an embedder should: through the facade, the result type and
 * atelier-jackson. It never sees Guice (how profiles are wired is the library's business), Vavr's
 * result types (the library answers with {@code problem.Result}), or the readers' and the JSON
 * module's internals.
 */
class OnlyThePublicApiTest {

    static final JavaClasses APPLICATION = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.sociaaldomein.atelier.examples.consumer");

    @Test
    void the_application_never_sees_guice_or_vavr() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "io.vavr..")
            .because("the facade and problem.Result are the whole API an embedder needs").check(APPLICATION);
    }

    @Test
    void the_application_never_reaches_into_internals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.sociaaldomein.atelier.io.support..",
            "nl.sociaaldomein.atelier.jackson.internal..", "nl.sociaaldomein.atelier.jackson.shape..")
            .because("they are not part of the public API (docs/architecture.md)").check(APPLICATION);
    }
}
