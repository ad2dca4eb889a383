package nl.sociaaldomein.atelier.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The way data flows, file → portfolio → assessment → decisions → ledger → report → bytes, as
 * layers: each stage may use the stages before it, never one after it. The values every stage
 * shares (money, dates, texts, problems, provenance, the journal port) lie beneath them all; the
 * processes that run a round or an experiment over time use every stage; readers, the profile SPI
 * and the facade sit on top. See docs/architecture.md, "How data flows".
 *
 * <p>An ArchRule is an assertion: the build fails when a class breaks it (rules shown to fail on
 * purpose in {@link ArchitectureRulesCanFailTest}).
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersRulesTest {

    static final String BASE = "nl.sociaaldomein.atelier.";

    @ArchTest
    static final ArchRule data_flows_from_file_to_bytes = layers();

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Shared values").definedBy(BASE + "money..", BASE + "calendar..", BASE + "text..", BASE + "problem..",
                BASE + "provenance..", BASE + "journal..")
            .layer("Portfolio").definedBy(BASE + "initiative..")
            .layer("Assessment").definedBy(BASE + "assessment..")
            .layer("Decisions").definedBy(BASE + "call..", BASE + "experiment..")
            .layer("Ledger").definedBy(BASE + "budget..")
            .layer("Report").definedBy(BASE + "report..", BASE + "reporting..")
            .layer("Bytes").definedBy(BASE + "render..")
            .layer("Processes").definedBy(BASE + "workflow..", BASE + "round..", BASE + "register..", BASE + "events..")
            .layer("Files, profiles and the facade").definedBy(BASE + "io..", BASE + "profile..", "nl.sociaaldomein.atelier")

            .whereLayer("Files, profiles and the facade").mayNotBeAccessedByAnyLayer()
            .whereLayer("Processes").mayOnlyBeAccessedByLayers("Files, profiles and the facade")
            .whereLayer("Bytes").mayOnlyBeAccessedByLayers("Processes", "Files, profiles and the facade")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Bytes", "Processes", "Files, profiles and the facade")
            .whereLayer("Ledger").mayOnlyBeAccessedByLayers("Report", "Bytes", "Processes", "Files, profiles and the facade")
            .whereLayer("Decisions").mayOnlyBeAccessedByLayers("Ledger", "Report", "Bytes", "Processes", "Files, profiles and the facade")
            .whereLayer("Assessment").mayOnlyBeAccessedByLayers("Decisions", "Ledger", "Report", "Bytes", "Processes",
                "Files, profiles and the facade")
            .whereLayer("Portfolio").mayOnlyBeAccessedByLayers("Assessment", "Decisions", "Ledger", "Report", "Bytes", "Processes",
                "Files, profiles and the facade")
            .because("data flows one way: file → portfolio → assessment → decisions → ledger → report → bytes");
    }
}
