package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the app: its exit code and what it printed. */
record AppRun(int exitCode, String out, String err) {

    static AppRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtelierApp.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new AppRun(code, out.toString(), err.toString());
    }
}
