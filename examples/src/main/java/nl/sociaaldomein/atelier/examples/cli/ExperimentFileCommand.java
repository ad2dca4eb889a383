package nl.sociaaldomein.atelier.examples.cli;

import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.io.InputProblem;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * An experiment command whose commands come from a file: read with the kept register's profile
 * (its numbering), tried on a copy of the register first, and recorded only when all are accepted.
 */
abstract class ExperimentFileCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExperimentOptions options;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language of a refusal (default: ${DEFAULT-VALUE}).")
    String lang;

    @Parameters(paramLabel = "FILE", description = "The file (JSON or YAML; docs/cli.md, \"Experiments\").")
    Path file;

    /** The file's commands, or its problems. */
    abstract Either<List<InputProblem>, List<FileStep<RegisterCommand>>> read(LocatedDocument document, String name,
                                                                             ExperimentNumbering numbering);

    @Override
    public void run() {
        store.required();
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang needs nl or en, not '" + lang + "'");
        }
        String id = options.register();
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.openExisting()) {
            KeptRegister kept = KeptRegister.open(opened, id, options.catalogue());
            InputSource source = InputSource.file(file);
            LocatedDocument document = RoundCommandBase.parse(source);
            List<FileStep<RegisterCommand>> steps = Dossiers.orProblems(source.name(), read(document, source.name(), kept.numbering()));
            List<Recorded<ExperimentEvent>> recorded = record(kept, steps, source.name(), Optional.of(document), lang);
            out.println(Printable.escaped(source.name() + ": recorded " + RoundSteps.summary(recorded) + " in " + kept));
            out.flush();
        }
    }

    /** The steps given to the register: tried on a copy, then to the store. */
    static List<Recorded<ExperimentEvent>> record(KeptRegister kept, List<FileStep<RegisterCommand>> steps, String name,
                                                  Optional<LocatedDocument> document, String lang) {
        Locale locale = RoundOptions.locale(lang);
        RegisterService trial = kept.trial(Clock.systemUTC());
        RegisterService service = kept.service(Clock.systemUTC());
        String what = Locale.ENGLISH.equals(locale) ? kept.toString() : kept.toString().replace("experiment register", "experimentenregister");
        return RoundSteps.apply(trial::handle, service::handle, steps, name, document, locale, what);
    }
}
