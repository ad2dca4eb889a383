package nl.sociaaldomein.atelier.examples.cli;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code atelier round close-assessment [--on D]}: scores are final from now on, decisions may be taken. */
@Command(name = "close-assessment", description = {"Close the assessment: scores are final, decisions may be taken.",
    "--on gives the day (left out: undated, as a source that gives none)."})
final class RoundCloseAssessmentCommand extends RoundStepCommand {

    @Option(names = "--on", paramLabel = "DATE", description = "The day assessment closed: 30-04-2016 or 2016-04-30.")
    String on;

    @Override
    List<FileStep<RoundCommand>> steps(KeptRound kept) {
        return List.of(new FileStep<>(new RoundCommand.CloseAssessment(stamp(on, "atelier round close-assessment")), ""));
    }

    @Override
    Optional<LocatedDocument> document() {
        return Optional.empty();
    }

    @Override
    String name() {
        return "atelier round close-assessment";
    }
}
