package nl.sociaaldomein.atelier.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.ReadLimits;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.text.Printable;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the round commands that change a kept round share: the store and the round, the language
 * of a refusal, reading the file (every problem at its place, nothing recorded), and giving its
 * commands to the round ({@link RoundSteps}).
 */
abstract class RoundStepCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    RoundOptions round;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language of a refusal (default: ${DEFAULT-VALUE}).")
    String lang;

    /** The file's commands for {@code kept}; a file with problems throws them. */
    abstract List<FileStep<RoundCommand>> steps(KeptRound kept);

    /** The file the commands come from, for placing a refusal; empty for a command without one. */
    abstract Optional<LocatedDocument> document();

    /** How messages name what the commands come from: the file's name, or the command's. */
    abstract String name();

    @Override
    public void run() {
        store.required();
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang needs nl or en, not '" + lang + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (JournalStore opened = store.openExisting()) {
            KeptRound kept = KeptRound.open(opened, KeptRound.callOf(opened, round.call()), round.catalogue(), Clock.systemUTC());
            List<FileStep<RoundCommand>> steps = steps(kept);
            List<Recorded<RoundEvent>> recorded = RoundSteps.apply(kept, steps, name(), document(), RoundOptions.locale(lang),
                Clock.systemUTC());
            out.println(Printable.escaped(name() + ": recorded " + RoundSteps.summary(recorded) + " in " + kept));
            out.flush();
        }
    }

    /** A file parsed, its kind left to the command's reader; every syntax problem at its place. */
    static LocatedDocument parse(InputSource source) {
        return Dossiers.orProblems(source.name(), LocatedDocument.parse(source.name(), source.bytes(),
            InputFormat.forFile(source.name(), source.bytes()), ReadLimits.DEFAULT));
    }

    /** The day of {@code --on}: dated, or undated when not given (an event never invents a date). */
    Stamp stamp(String on, String reason) {
        if (on == null) {
            return Stamp.undated(RoundFiles.ACTOR, reason);
        }
        LocalDate day = PartialDate.parseDay(on).getOrElseThrow(why -> new ParameterException(spec.commandLine(),
            "--on needs a day such as 30-06-2016 or 2016-06-30, not '" + on + "'"));
        return Stamp.on(day, RoundFiles.ACTOR, reason);
    }
}
