package nl.sociaaldomein.atelier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain packages know nothing of Guice or Jackson: wiring lives in profile, formats in io.
 *
 * Each ArchRule below is an assertion: the build fails when a class breaks it (rules shown to
 * fail on purpose in ArchitectureRulesCanFailTest and ProfileArchitectureRulesTest).
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsFrameworkFreeRulesTest {

    @ArchTest
    static final ArchRule domain_does_not_depend_on_guice = noClasses()
        .that().resideInAnyPackage(AtelierPackages.DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
        .because("Guice wiring belongs in profile; the domain must be usable without it")
        .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domain_does_not_depend_on_jackson = noClasses()
        .that().resideInAnyPackage(AtelierPackages.DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
        .because("file formats belong in io (mix-ins or tree readers), not as annotations on domain classes")
        .allowEmptyShould(true);
}
