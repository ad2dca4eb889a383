package nl.sociaaldomein.atelier.examples.cli;

import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --known-at K} of the commands that show a kept ledger or round as the store knew it at a moment ({@link KnownAt}). */
final class KnownAtOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--known-at", paramLabel = "MOMENT", description = "Show what the store knew at this moment: "
        + "2016-07-01T14:00 or 01-07-2016 14:00 (Dutch time), 2016-07-01T12:00:00Z, or a day (its end).")
    String knownAt;

    /** The moment, if given; a text that is no moment is a usage error. */
    Optional<Instant> moment() {
        return Optional.ofNullable(knownAt).map(text -> KnownAt.parse(text).orElseThrow(() -> new ParameterException(
            spec.commandLine(), "--known-at needs a moment such as 2016-07-01T14:00 or 01-07-2016 14:00 (Dutch time), "
                + "2016-07-01T12:00:00Z, or a day such as 01-07-2016 (its end), not '" + text + "'")));
    }
}
