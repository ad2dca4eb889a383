package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Parameters;

/**
 * An experiment command whose commands come from a file: read with the kept register's profile
 * (its numbering), tried on a copy of the register first, and recorded only when all are accepted.
 */
abstract class ExperimentFileCommand extends ExperimentCommandBase {

    @Parameters(paramLabel = "FILE", description = "The file (JSON or YAML; docs/cli.md, \"Experiments\").")
    Path file;

    /** The file's commands, or its problems. */
    abstract Result<List<FileStep<RegisterCommand>>> read(LocatedDocument document, String name,
                                                                             ExperimentNumbering numbering);

    @Override
    public void run() {
        String id = checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.openExisting()) {
            KeptRegister kept = KeptRegister.open(opened, id, options.catalogue());
            InputSource source = InputSource.file(file);
            LocatedDocument document = RoundCommandBase.parse(source);
            List<FileStep<RegisterCommand>> steps = Dossiers.orProblems(source.name(), read(document, source.name(), kept.numbering()));
            List<Recorded<ExperimentEvent>> recorded = record(kept, steps, source.name(), Optional.of(document), language.locale());
            out.println(Printable.escaped(source.name() + ": recorded " + RoundSteps.summary(recorded) + " in " + kept));
            out.flush();
        }
    }

    /** The steps given to the register: tried on a copy, then to the store. */
    static List<Recorded<ExperimentEvent>> record(KeptRegister kept, List<FileStep<RegisterCommand>> steps, String name,
                                                  Optional<LocatedDocument> document, Locale locale) {
        RegisterService trial = kept.trial(Clock.systemUTC());
        RegisterService service = kept.service(Clock.systemUTC());
        String what = Locale.ENGLISH.equals(locale) ? kept.toString() : kept.toString().replace("experiment register", "experimentenregister");
        return RoundSteps.apply(trial::handle, service::handle, steps, name, document, locale, what);
    }
}
