package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import nl.sociaaldomein.atelier.render.Renderers;

/**
 * What the commands work with, handed in so that a test can swap one (a failing renderer, a
 * recording progress bar) without touching the commands.
 *
 * @param progress makes the progress bar for the error stream
 */
record Components(Renderers renderers, Function<PrintWriter, Progress> progress, ScenarioCatalogue scenarios) {

    /** The real ones: the library's renderers, a bar only at a terminal, the bundled scenarios. */
    static Components standard() {
        return new Components(Renderers.standard(), Progress::forConsole, ScenarioCatalogue.bundled());
    }
}
