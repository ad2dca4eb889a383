package nl.sociaaldomein.atelier.examples.cli;

/** The app's exit codes, the same for every command. */
public final class ExitCode {

    /** Done as asked. */
    public static final int OK = 0;
    /** The input is wrong; the problems went to standard error. */
    public static final int BAD_INPUT = 1;
    /** The command line is wrong (unknown option, missing argument); usage went to standard error. */
    public static final int USAGE = 2;
    /** Something failed inside the app; a short message went to standard error, the details to a file. */
    public static final int INTERNAL = 3;
    /** The input reads, but the kept round refuses the command: the refusal's code and message went to standard error; nothing was recorded. */
    public static final int REFUSED = 4;

    private ExitCode() {
    }
}
