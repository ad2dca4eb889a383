package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldomein.atelier.round.RoundReports;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code atelier round show [--as-of D] [--known-at K]}: the kept round's reports, made from its
 * state as of day D as known at moment K ({@link RoundReports#dossier}), in the formats and
 * languages of {@code run}; the profile's main reports unless {@code --report} says otherwise.
 */
@Command(name = "show", description = {"Print the reports of a kept round as of a day (--as-of, default today),",
    "as known now, or with --known-at as the store knew it at that moment."})
final class RoundShowCommand extends KeptShowCommand {

    @Mixin
    RoundOptions round;

    RoundShowCommand(Components components, Clock clock) {
        super(components, clock);
    }

    @Override
    Shown shown(JournalStore opened, LocalDate day, Instant known) {
        KeptRound kept = KeptRound.open(opened, KeptRound.callOf(opened, round.call()), round.catalogue(), Clock.systemUTC());
        return new Shown(RoundReports.dossier(kept.service(Clock.systemUTC()), kept.plan(), day, known), kept.profile());
    }
}
