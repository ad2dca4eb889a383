package ${package};

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.sociaaldomein.atelier.profile.tck.ProfileArchitectureRules;

/** The profile uses Atelier's public API only: no internal package, no shipped profile. */
@AnalyzeClasses(packages = PublicApiOnlyTest.OWN, importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiOnlyTest {

    static final String OWN = "${package}";

    @ArchTest
    static final ArchRule uses_no_internal_package = ProfileArchitectureRules.usesNoInternalPackage();

    @ArchTest
    static final ArchRule uses_no_shipped_profile = ProfileArchitectureRules.dependsOnNoOtherProfile(OWN);

    @ArchTest
    static final ArchRule uses_only_the_public_api = ProfileArchitectureRules.usesOnlyThePublicApi(OWN);
}
