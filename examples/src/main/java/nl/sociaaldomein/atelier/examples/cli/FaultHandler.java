package nl.sociaaldomein.atelier.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.atelier.store.jdbc.StoreException;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into exit codes: the user's mistakes ({@link BadInputException}) become a list
 * of problems and exit code 1; a wrong command line exit code 2 with the usage; anything else is
 * our fault, gets a one-line message, and its stack trace goes to a file whose path we print, so
 * nobody has to read a trace on the terminal. Every line printed shows control characters
 * escaped ({@link Printable#escaped}): a message may quote a file or an argument, and neither may
 * act on the terminal.
 */
final class FaultHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof BadInputException) {
            for (String problem : ((BadInputException) e).problems(language(parseResult))) {
                err.println(Printable.escaped(problem));
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof RefusedException refused) {
            for (String line : refused.lines()) {
                err.println(Printable.escaped(line));
            }
            err.flush();
            return ExitCode.REFUSED;
        }
        if (e instanceof StoreException) {
            // The store went away or refused while in use (a server that stopped, a file locked too long): its message says what and where.
            err.println(Printable.escaped("atelier: " + e.getMessage()));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        return fault(e, err);
    }

    /**
     * The language the command asked for with {@code --lang} (the round and experiment commands
     * have it), Dutch otherwise: the language a file's problems are printed in.
     */
    private static java.util.Locale language(ParseResult parseResult) {
        ParseResult deepest = parseResult;
        while (deepest.subcommand() != null) {
            deepest = deepest.subcommand();
        }
        String lang = deepest.hasMatchedOption("--lang") ? String.valueOf(deepest.matchedOptionValue("--lang", "nl")) : "nl";
        return "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("nl-NL");
    }

    /** As picocli's own handler, with the message escaped: an option's value is the user's text. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(Printable.escaped(e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            commandLine.usage(err, commandLine.getColorScheme());
        }
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * A fault of the app, an {@link Error} such as running out of memory included: one line, the
     * details in a file, exit code 3. Runs with little memory left, so it builds little.
     */
    static int fault(Throwable e, PrintWriter err) {
        String what = e instanceof OutOfMemoryError
            ? "out of memory (the file may hold more than this Java process can keep; see 'Limits' in docs/portfolio-format.md)"
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        err.println(Printable.escaped("atelier: internal error: " + what));
        err.println(Printable.escaped("atelier: details written to " + writeDetails(e)));
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static String writeDetails(Throwable e) {
        try {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Path file = Files.createTempFile("atelier-error-", ".log");
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException | RuntimeException | OutOfMemoryError io) {
            return "(could not write a details file: " + io.getMessage() + ")";
        }
    }
}
