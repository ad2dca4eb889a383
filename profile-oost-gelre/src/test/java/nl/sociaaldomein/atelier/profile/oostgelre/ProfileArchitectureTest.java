package nl.sociaaldomein.atelier.profile.oostgelre;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.sociaaldomein.atelier.profile.tck.ProfileArchitectureRules;

/**
 * A profile uses only core's public API and no other profile.
 *
 * Each ArchRule below is an assertion: the build fails when a class breaks it (rules shown to
 * fail on purpose in ArchitectureRulesCanFailTest and ProfileArchitectureRulesTest).
 */
@AnalyzeClasses(packages = ProfileArchitectureTest.OWN, importOptions = ImportOption.DoNotIncludeTests.class)
class ProfileArchitectureTest {

    static final String OWN = "nl.sociaaldomein.atelier.profile.oostgelre";

    @ArchTest
    static final ArchRule uses_no_internal_package_of_core = ProfileArchitectureRules.usesNoInternalPackage();

    @ArchTest
    static final ArchRule depends_on_no_other_profile = ProfileArchitectureRules.dependsOnNoOtherProfile(OWN);

    @ArchTest
    static final ArchRule uses_only_the_public_api_of_core_and_its_libraries = ProfileArchitectureRules.usesOnlyThePublicApi(OWN);
}
