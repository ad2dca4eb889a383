package nl.sociaaldomein.atelier.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/** The package groups the architecture rules speak about (see docs/architecture.md). */
final class AtelierPackages {

    /** The domain: plain Java, no framework, no file format, no wiring. */
    static final String[] DOMAIN = {
        "nl.sociaaldomein.atelier.money..",
        "nl.sociaaldomein.atelier.text..",
        "nl.sociaaldomein.atelier.provenance..",
        "nl.sociaaldomein.atelier.calendar..",
        "nl.sociaaldomein.atelier.initiative..",
        "nl.sociaaldomein.atelier.assessment..",
        "nl.sociaaldomein.atelier.call..",
        "nl.sociaaldomein.atelier.budget..",
        "nl.sociaaldomein.atelier.experiment..",
        "nl.sociaaldomein.atelier.report..",
        "nl.sociaaldomein.atelier.reporting..",
        "nl.sociaaldomein.atelier.workflow..",
        "nl.sociaaldomein.atelier.journal..",
        "nl.sociaaldomein.atelier.events..",
        "nl.sociaaldomein.atelier.round..",
        "nl.sociaaldomein.atelier.register..",
        "nl.sociaaldomein.atelier.problem..",
    };

    /** The shell around the domain: formats, renderers and wiring. */
    static final String[] SHELL = {
        "nl.sociaaldomein.atelier.io..",
        "nl.sociaaldomein.atelier.render..",
        "nl.sociaaldomein.atelier.profile..",
    };

    /**
     * Where internals live: the readers' toolkit ({@code io.support}) and any {@code internal}
     * package. An embedding system never needs them (docs/architecture.md, "The public API").
     */
    static final String[] INTERNAL = {
        "nl.sociaaldomein.atelier.io.support..",
        "nl.sociaaldomein.atelier..internal..",
    };

    /** Names of the municipalities whose profiles ship with Atelier, as they may appear in a class or package name. */
    static final String MUNICIPALITY_NAME = "(?i).*(groningen|hoogeveen|oost[._-]?gelre).*";

    /**
     * Classes compiled from the core module (its classes directory or its jar), as opposed to the
     * testkit or, when a wider classpath is analysed, a profile or the examples.
     */
    static final DescribedPredicate<JavaClass> IN_CORE = DescribedPredicate.describe("in the core module",
        // An array type has no class file of its own: look at what it holds.
        javaClass -> javaClass.getBaseComponentType().getSource()
            .map(source -> source.getUri().toString())
            .map(uri -> uri.contains("/core/target/classes/") || uri.contains("/atelier-core-"))
            .orElse(false));

    private AtelierPackages() {
    }
}
