package nl.sociaaldomein.atelier.profile;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import java.time.Period;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ReviewCadence;
import nl.sociaaldomein.atelier.reporting.ReportFormat;

/**
 * What the library provides around every profile, so that each key of
 * {@link ProfileContract#defaultedKeys()} and {@link ProfileContract#optionalKeys()} can be
 * injected whatever the profile binds: defaults a profile replaces with
 * {@link ProfileBindings#choose}, and declarations of services and maps that may stay empty.
 * Installed by {@link Profiles}; not API (a profile never installs it itself).
 */
final class LibraryDefaultsModule extends AbstractModule {

    /**
     * Reviews at the half-year ends and at the planned end, a month's grace: the half-year report
     * of the planning-and-control cycle is the moment every municipality already has. An
     * assumption, not taken from a source; Oost Gelre chooses quarterly reviews.
     */
    static final ReviewCadence REVIEW_CADENCE = ReviewCadence.halfYearlyAndAtEnd(Period.ofMonths(1));

    /** Plain serial numbers 1, 2, …: the simplest scheme; a profile whose register differs chooses its own. */
    static final ExperimentNumbering EXPERIMENT_NUMBERING = ExperimentNumbering.plain("");

    @Override
    protected void configure() {
        ProfileBindings.libraryDefault(binder(), ReviewCadence.class).toInstance(REVIEW_CADENCE);
        ProfileBindings.libraryDefault(binder(), ExperimentNumbering.class).toInstance(EXPERIMENT_NUMBERING);
        // Optional services: injectable as Optional<T>, empty unless the profile chooses one.
        OptionalBinder.newOptionalBinder(binder(), AllocationPolicy.class);
        OptionalBinder.newOptionalBinder(binder(), CriteriaFramework.class);
        // Named entries: injectable as Map<String, T>, empty unless the profile adds some.
        ProfileBindings.declareNamed(binder(), CriteriaFramework.class);
        ProfileBindings.declareNamed(binder(), ReportFormat.class);
    }
}
