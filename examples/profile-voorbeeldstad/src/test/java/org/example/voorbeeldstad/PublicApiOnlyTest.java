package org.example.voorbeeldstad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** An integrator's profile uses Atelier's public API only: no internal package, no shipped profile. */
@AnalyzeClasses(packages = "org.example.voorbeeldstad", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiOnlyTest {

    @ArchTest
    static final ArchRule uses_no_internal_package = noClasses()
        .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.atelier..internal..");

    @ArchTest
    static final ArchRule uses_no_shipped_profile = noClasses()
        .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.atelier.profile.(*)..");
}
