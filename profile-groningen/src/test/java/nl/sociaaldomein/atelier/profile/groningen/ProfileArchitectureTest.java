package nl.sociaaldomein.atelier.profile.groningen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A profile uses only core's public API and no other profile. */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier.profile.groningen", importOptions = ImportOption.DoNotIncludeTests.class)
class ProfileArchitectureTest {

    @ArchTest
    static final ArchRule uses_no_internal_package_of_core = noClasses()
        .should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.atelier..internal..");

    @ArchTest
    static final ArchRule depends_on_no_other_profile = noClasses()
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.sociaaldomein.atelier.profile.hoogeveen..", "nl.sociaaldomein.atelier.profile.oostgelre..");

    @ArchTest
    static final ArchRule uses_only_the_public_api_of_core_and_its_libraries = classes()
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "com.google.inject..", "com.fasterxml.jackson.databind..", "io.vavr..",
            "nl.sociaaldomein.atelier.profile", "nl.sociaaldomein.atelier.profile.groningen..",
            "nl.sociaaldomein.atelier.money..", "nl.sociaaldomein.atelier.initiative..", "nl.sociaaldomein.atelier.calendar..",
            "nl.sociaaldomein.atelier.assessment..", "nl.sociaaldomein.atelier.call..", "nl.sociaaldomein.atelier.budget..",
            "nl.sociaaldomein.atelier.experiment..", "nl.sociaaldomein.atelier.report..", "nl.sociaaldomein.atelier.reporting..",
            "nl.sociaaldomein.atelier.workflow..", "nl.sociaaldomein.atelier.render..",
            "nl.sociaaldomein.atelier.io..");
}
