package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterScript;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atelier experiment register FILE --profile ID}: the experiments of a register file
 * (docs/experiments.md), read with the profile's numbering and outcome words, entered in the
 * register kept in the store, each with what the file says happened to it (its steps, reviews and
 * measurements, as {@link RegisterScript} gives them). The first file defines the register (its
 * source, year columns and provenance); later files add experiments to it.
 */
@Command(name = "register", description = {"Enter the experiments of a register file (docs/experiments.md) in the register kept in the store,",
    "each with the steps, reviews and measurements the file gives; the first file defines the register."})
final class ExperimentRegisterCommand extends ExperimentCommandBase {

    @Option(names = "--profile", paramLabel = "ID", required = true, description = "The municipality profile (see 'atelier profiles').")
    String profile;

    @Parameters(paramLabel = "FILE", description = "The register file (JSON or YAML).")
    Path file;

    @Override
    public void run() {
        String id = checkOptions();
        LoadedProfile loaded = LoadedProfile.forOption(options.catalogue(), profile, Optional.empty(), spec);
        InputSource source = InputSource.file(file);
        LocatedDocument document = RoundCommandBase.parse(source);
        ExperimentRegister register = Dossiers.orProblems(source.name(), KeptRegister.reader(source.name(), loaded).read(document));
        Map<ExperimentNumber, Integer> index = new HashMap<>();
        for (int i = 0; i < register.experiments().size(); i++) {
            index.put(register.experiments().get(i).number(), i);
        }
        List<FileStep<RegisterCommand>> steps = new ArrayList<>();
        for (RegisterCommand command : RegisterScript.of(register, ExperimentFiles.ACTOR)) {
            steps.add(new FileStep<>(command, "/experiments/" + index.get(number(command))));
        }
        KeptDefinition definition = new KeptDefinition(loaded.profile().id(), source.name(),
            InputFormat.forFile(source.name(), source.bytes()), new String(source.bytes(), StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.open()) {
            if (!opened.streams().contains(KeptRegister.PREFIX + id)) {
                // A new register: its commands are tried on an empty one first, so a refused file leaves no register behind.
                RegisterService fresh = RegisterService.open(new RegisterSetup(id, register.source(), register.yearColumns(),
                    register.provenance()), new InMemoryJournal(), new JsonExperimentEventCodec(), Clock.systemUTC());
                RoundSteps.tryAll(fresh::handle, steps, source.name(), Optional.of(document), language.locale(),
                    language.locale().equals(Locale.ENGLISH) ? "experiment register '" + id + "'" : "experimentenregister '" + id + "'");
            }
            KeptRegister.start(opened, id, definition, Clock.systemUTC());
            KeptRegister kept = KeptRegister.open(opened, id, options.catalogue());
            List<Recorded<ExperimentEvent>> recorded = ExperimentFileCommand.record(kept, steps, source.name(), Optional.of(document), language.locale());
            out.println(Printable.escaped(source.name() + ": " + Dossiers.count(register.experiments().size(), "experiment", "experiments")
                + " entered: recorded " + RoundSteps.summary(recorded) + " in " + kept));
            out.flush();
        }
    }

    private static ExperimentNumber number(RegisterCommand command) {
        if (command instanceof RegisterCommand.Register r) {
            return r.experiment().number();
        }
        if (command instanceof RegisterCommand.Step s) {
            return s.number();
        }
        if (command instanceof RegisterCommand.Measure m) {
            return m.number();
        }
        if (command instanceof RegisterCommand.RecordReview r) {
            return r.number();
        }
        return ((RegisterCommand.CorrectRow) command).number();
    }
}
