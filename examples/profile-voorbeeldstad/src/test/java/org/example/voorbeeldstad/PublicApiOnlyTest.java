package org.example.voorbeeldstad;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.sociaaldomein.atelier.profile.tck.ProfileArchitectureRules;

/**
 * An integrator's profile uses Atelier's public API only: no internal package, no shipped profile.
 *
 * Each ArchRule below is an assertion: the build fails when a class breaks it (rules shown to
 * fail on purpose in ArchitectureRulesCanFailTest and ProfileArchitectureRulesTest).
 */
@AnalyzeClasses(packages = PublicApiOnlyTest.OWN, importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiOnlyTest {

    static final String OWN = "org.example.voorbeeldstad";

    @ArchTest
    static final ArchRule uses_no_internal_package = ProfileArchitectureRules.usesNoInternalPackage();

    @ArchTest
    static final ArchRule uses_no_shipped_profile = ProfileArchitectureRules.dependsOnNoOtherProfile(OWN);

    @ArchTest
    static final ArchRule uses_only_the_public_api = ProfileArchitectureRules.usesOnlyThePublicApi(OWN);
}
