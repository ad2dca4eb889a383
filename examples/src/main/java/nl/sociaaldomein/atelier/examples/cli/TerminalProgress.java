package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;

/** A progress bar on one terminal line: {@code [########------------] 2/5 assessing}. */
final class TerminalProgress implements Progress {

    static final int WIDTH = 20;

    private final PrintWriter err;
    /** How wide the drawn line is, padding included: what {@link #finish()} must blank out. */
    private int lastLength;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void step(int done, int total, String what) {
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, (long) WIDTH * Math.max(0, done) / total);
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what;
        // Pad over the previous, possibly longer line instead of relying on terminal escape codes.
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = Math.max(lastLength, line.length());
    }

    @Override
    public void finish() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
