package nl.sociaaldomein.atelier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Data flows one way: io, render and profile depend on the domain, never the other way round.
 *
 * Each ArchRule below is an assertion: the build fails when a class breaks it (rules shown to
 * fail on purpose in ArchitectureRulesCanFailTest and ProfileArchitectureRulesTest).
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainDoesNotKnowTheShellRulesTest {

    @ArchTest
    static final ArchRule domain_does_not_depend_on_io_render_or_profile = noClasses()
        .that().resideInAnyPackage(AtelierPackages.DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage(AtelierPackages.SHELL)
        .because("the domain takes and returns values; reading files, rendering and wiring sit around it")
        .allowEmptyShould(true);
}
