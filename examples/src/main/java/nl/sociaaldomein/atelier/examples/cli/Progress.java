package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;

/**
 * Tells a person at a terminal how far a long command has come. When the output goes to a pipe
 * or a file nobody watches, {@link #silent()} says nothing, so scripts see only the report.
 */
public interface Progress {

    /** Step {@code done} of {@code total} has begun; {@code what} names it in a few words. */
    void step(int done, int total, String what);

    /** The work is over; a terminal bar clears its line. */
    void finish();

    /** Says nothing. */
    static Progress silent() {
        return Silent.INSTANCE;
    }

    /** A one-line bar on {@code err}, redrawn in place with carriage returns. */
    static Progress onTerminal(PrintWriter err) {
        return new TerminalProgress(err);
    }

    /** The bar when standard input and output are a terminal ({@code System.console() != null}), else silence. */
    static Progress forConsole(PrintWriter err) {
        return System.console() != null ? onTerminal(err) : silent();
    }

    /** The silent implementation. */
    enum Silent implements Progress {
        INSTANCE;

        @Override
        public void step(int done, int total, String what) {
        }

        @Override
        public void finish() {
        }
    }
}
