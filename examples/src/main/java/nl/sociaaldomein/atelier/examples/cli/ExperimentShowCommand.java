package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code atelier experiment show [--as-of D] [--known-at K]}: the kept register's reports, made
 * from its state as of day D as known at moment K ({@code RegisterService.register}), in the
 * formats and languages of {@code run}; the profile's main reports unless {@code --report} says otherwise.
 */
@Command(name = "show", description = {"Print the reports of a kept experiment register as of a day (--as-of, default today),",
    "as known now, or with --known-at as the store knew it at that moment."})
final class ExperimentShowCommand extends KeptShowCommand {

    @Mixin
    ExperimentOptions options;

    ExperimentShowCommand(Components components, Clock clock) {
        super(components, clock);
    }

    @Override
    Shown shown(JournalStore opened, LocalDate day, Instant known) {
        String id = options.register();
        KeptRegister kept = KeptRegister.open(opened, id, options.catalogue());
        ExperimentRegister register = kept.service(Clock.systemUTC()).register(day, known);
        return new Shown(Dossiers.ofRegister(register, kept.profile(), day), kept.profile());
    }
}
