package nl.sociaaldomein.atelier.examples.cli;

import java.time.LocalDate;
import java.util.Locale;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.ReadLimits;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every round command that records shares: the store, the round, the language of a refusal, reading a file, a day from {@code --on}. */
abstract class RoundCommandBase implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    RoundOptions round;

    @Mixin
    MessageLanguage language;

    /** The store and the language, checked before any work: a usage error (exit 2) when wrong. */
    void checkOptions() {
        store.required();
        language.locale();
    }

    Locale locale() {
        return language.locale();
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
        LocalDate day = PartialDate.parseDay(on).toOptional().orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--on needs a day such as 30-06-2016 or 2016-06-30, not '" + on + "'"));
        return Stamp.on(day, RoundFiles.ACTOR, reason);
    }
}
