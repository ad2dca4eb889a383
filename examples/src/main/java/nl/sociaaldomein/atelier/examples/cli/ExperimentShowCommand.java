package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code atelier experiment show [--as-of D] [--known-at K]}: the kept register's reports, made
 * from its state as of day D as known at moment K ({@code RegisterService.register}), in the
 * formats and languages of {@code run}; the profile's main reports unless {@code --report} says otherwise.
 */
@Command(name = "show", description = {"Print the reports of a kept experiment register as of a day (--as-of, default today),",
    "as known now, or with --known-at as the store knew it at that moment."})
final class ExperimentShowCommand implements Runnable {

    private final Components components;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExperimentOptions options;

    @Mixin
    OutputOptions output;

    @Mixin
    KnownAtOption knownAt;

    ExperimentShowCommand(Components components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    @Override
    public void run() {
        output.check();
        store.required();
        Instant known = knownAt.moment().orElse(null);
        output.refuseStore(store.file());
        String id = options.register();
        LocalDate day = output.asOfDate().orElse(LocalDate.now(clock.withZone(KnownAt.DUTCH_TIME)));
        Dossier dossier;
        Map<String, ReportFormat> formats;
        String profileId;
        try (JournalStore opened = store.openExisting()) {
            KeptRegister kept = KeptRegister.open(opened, id, options.catalogue());
            ExperimentRegister register = kept.service(Clock.systemUTC()).register(day, known);
            dossier = Dossiers.ofRegister(register, kept.profile(), day);
            formats = kept.profile().formats();
            profileId = kept.profile().profile().id();
        }
        List<String> ids = output.reports().isEmpty() ? DefaultReports.choose(profileId, dossier, formats.keySet()) : output.reports();
        ReportPrinter.checkKnown(formats, ids, output);
        Progress progress = components.progress().apply(spec.commandLine().getErr());
        new ReportPrinter(components.renderers(), progress).print(dossier, formats, ids, output, spec.commandLine().getOut(),
            spec.commandLine().getErr(), 0, ids.size(), List.of());
    }
}
