package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Printable;

/**
 * What the round commands that change a kept round share: opening the round from the store,
 * reading the file (every problem at its place, nothing recorded), and giving its commands to the
 * round ({@link RoundSteps}).
 */
abstract class RoundStepCommand extends RoundCommandBase {

    /** The file's commands for {@code kept}; a file with problems throws them. */
    abstract List<FileStep<RoundCommand>> steps(KeptRound kept);

    /** The file the commands come from, for placing a refusal; empty for a command without one. */
    abstract Optional<LocatedDocument> document();

    /** How messages name what the commands come from: the file's name, or the command's. */
    abstract String name();

    @Override
    public void run() {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.openExisting()) {
            KeptRound kept = KeptRound.open(opened, KeptRound.callOf(opened, round.call()), round.catalogue(), Clock.systemUTC());
            List<FileStep<RoundCommand>> steps = steps(kept);
            List<Recorded<RoundEvent>> recorded = RoundSteps.apply(kept, steps, name(), document(), locale(), Clock.systemUTC());
            out.println(Printable.escaped(name() + ": recorded " + RoundSteps.summary(recorded) + " in " + kept));
            out.flush();
        }
    }
}
