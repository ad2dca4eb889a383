package nl.sociaaldomein.atelier.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each top-level package can be read, tested and replaced on its own only if no two need each other.
 *
 * Each ArchRule below is an assertion: the build fails when a class breaks it (rules shown to
 * fail on purpose in ArchitectureRulesCanFailTest and ProfileArchitectureRulesTest).
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class NoPackageCyclesRulesTest {

    @ArchTest
    static final ArchRule top_level_packages_are_free_of_cycles = slices()
        .matching("nl.sociaaldomein.atelier.(*)..")
        .should().beFreeOfCycles();
}
