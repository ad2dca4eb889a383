package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into exit codes: the user's mistakes ({@link BadInputException}) become a list
 * of problems and exit code 1; anything else is our fault, gets a one-line message, and its
 * stack trace goes to a file whose path we print, so nobody has to read a trace on the terminal.
 */
final class FaultHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException) {
            for (String problem : ((BadInputException) e).problems()) {
                err.println(problem);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        err.println("atelier: internal error: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        err.println("atelier: details written to " + writeDetails(e));
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static String writeDetails(Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path file = Files.createTempFile("atelier-error-", ".log");
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException io) {
            return "(could not write a details file: " + io.getMessage() + ")";
        }
    }
}
