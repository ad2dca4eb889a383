package org.example.misuse;

import com.google.inject.Injector;
import io.vavr.control.Either;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * What {@code OnlyThePublicApiTest} must catch: an application that holds Guice, Vavr's result type
 * and a reader's internal helper. Outside the application's package, so the rules it breaks are
 * only run on it by the test that shows they can fail.
 */
public final class ReachesIntoTheLibrary {

    Injector injector;
    Either<String, Integer> result;
    ReadContext context;

    private ReachesIntoTheLibrary() {
    }
}
