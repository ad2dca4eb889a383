package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.util.List;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Command;

/** {@code atelier round score FILE}: see docs/cli.md, "Rounds". */
@Command(name = "score", description = {"Record assessors' scores from a file (format atelier-round-scores/1): {assessor, initiative, criterion, score}.", "Nothing is recorded when the file has a problem or the round refuses any of it."})
final class RoundScoreCommand extends RoundFileCommand {

    @Override
    Result<List<FileStep<RoundCommand>>> read(LocatedDocument document, KeptRound kept) {
        return RoundFiles.scores(document, name());
    }
}
