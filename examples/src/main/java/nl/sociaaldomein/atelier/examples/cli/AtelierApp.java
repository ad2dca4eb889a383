package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atelier} command-line app: the library's front door for people who want to see it
 * work before embedding it. {@code ./atelier --help} lists the commands.
 */
@Command(
    name = "atelier",
    mixinStandardHelpOptions = true,
    version = "atelier 0.1.0-SNAPSHOT",
    description = {"Innovation in the social domain: run portfolios through municipality profiles and replay the sources;",
        "keep the ledger in a store (--store) and work on it (atelier ledger …, atelier store …), run a round and keep an experiment register as they happen (atelier round …, atelier experiment …)."},
    subcommands = {CommandLine.HelpCommand.class})
public final class AtelierApp implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, args));
    }

    /** Runs the app in-process, as tests and embedders do; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(Components.standard(), out, err, args);
    }

    /** Runs the app with the given components; tests swap one to see how the app copes. */
    static int execute(Components components, PrintWriter out, PrintWriter err, String... args) {
        FaultHandler faults = new FaultHandler();
        CommandLine commandLine = new CommandLine(new AtelierApp())
            .addSubcommand(new ProfilesCommand())
            .addSubcommand(new ValidateCommand())
            .addSubcommand(new RunCommand(components))
            .addSubcommand(new ReplayCommand(components))
            .addSubcommand(new CommandLine(new LedgerCommand())
                .addSubcommand(new LedgerShowCommand(components, Clock.systemUTC()))
                .addSubcommand(new LedgerVerifyCommand())
                .addSubcommand(new LedgerPostCommand()))
            .addSubcommand(new CommandLine(new RoundGroup())
                .addSubcommand(new RoundOpenCommand())
                .addSubcommand(new RoundSubmitCommand())
                .addSubcommand(new RoundScoreCommand())
                .addSubcommand(new RoundCloseAssessmentCommand())
                .addSubcommand(new RoundDecideCommand())
                .addSubcommand(new RoundObjectCommand())
                .addSubcommand(new RoundShowCommand(components, Clock.systemUTC())))
            .addSubcommand(new CommandLine(new ExperimentGroup())
                .addSubcommand(new ExperimentRegisterCommand())
                .addSubcommand(new ExperimentMeasureCommand())
                .addSubcommand(new ExperimentReviewCommand())
                .addSubcommand(new ExperimentStepCommand())
                .addSubcommand(new ExperimentShowCommand(components, Clock.systemUTC())))
            .addSubcommand(new CommandLine(new StoreCommand())
                .addSubcommand(new StoreExportCommand())
                .addSubcommand(new StoreImportCommand()))
            .setOut(out)
            .setErr(err)
            .setParameterExceptionHandler(faults)
            .setExecutionExceptionHandler(faults);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands on Errors; a file too big for the heap is still a fault with a one-line message, not a trace.
            code = FaultHandler.fault(e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Without a command: show what there is, and count it as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run");
    }
}
