package nl.sociaaldomein.atelier.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shapes are the specification of Atelier's JSON, kept free of any JSON library so that a
 * module for Jackson 3 (or another library) reuses them and writes the same JSON; only the
 * adapters and the module itself know Jackson 2.
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier.jackson", importOptions = ImportOption.DoNotIncludeTests.class)
class ShapesArchitectureTest {

    @ArchTest
    static final ArchRule shapes_import_no_json_library = noClasses()
        .that().resideInAnyPackage("..jackson.shape..", "..jackson.types..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "tools.jackson..", "io.vavr.jackson..")
        .because("a module for another JSON library must be able to reuse the shapes unchanged");

    @ArchTest
    static final ArchRule the_adapters_stay_internal = noClasses()
        .that().resideInAnyPackage("..jackson.shape..", "..jackson.types..")
        .should().dependOnClassesThat().resideInAnyPackage("..jackson.internal..", "nl.sociaaldomein.atelier.jackson")
        .because("the shapes know nothing of the Jackson 2 module that carries them out");
}
