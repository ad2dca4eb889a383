package nl.sociaaldomein.atelier.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Core serves every municipality alike: what is particular to Groningen, Hoogeveen or Oost Gelre
 * lives in that municipality's profile module, which depends on core and never the reverse.
 *
 * Each ArchRule below is an assertion: the build fails when a class breaks it (rules shown to
 * fail on purpose in ArchitectureRulesCanFailTest and ProfileArchitectureRulesTest).
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsMunicipalityNeutralRulesTest {

    @ArchTest
    static final ArchRule core_has_no_municipality_name_in_class_or_package_names = noClasses()
        .that(AtelierPackages.IN_CORE)
        .should().haveNameMatching(AtelierPackages.MUNICIPALITY_NAME)
        .because("a municipality's rules belong in its profile module");

    @ArchTest
    static final ArchRule core_does_not_depend_on_a_municipality_profile = noClasses()
        .that(AtelierPackages.IN_CORE)
        .should().dependOnClassesThat().haveNameMatching("nl\\.sociaaldomein\\.atelier\\.profile\\."
            + AtelierPackages.MUNICIPALITY_NAME.substring("(?i)".length()))
        .orShould().dependOnClassesThat().resideInAnyPackage("nl.sociaaldomein.atelier.examples..")
        .because("profiles and examples build on core, not the other way round");

    @ArchTest
    static final ArchRule core_depends_on_no_other_atelier_module = noClasses()
        .that(AtelierPackages.IN_CORE)
        .should().dependOnClassesThat(
            resideInAPackage("nl.sociaaldomein.atelier..").and(not(AtelierPackages.IN_CORE)))
        .because("core is the base every other module builds on; any profile, including an integrator's, is outside it");
}
