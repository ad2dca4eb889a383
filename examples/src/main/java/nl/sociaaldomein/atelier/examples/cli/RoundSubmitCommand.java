package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.util.List;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Command;

/** {@code atelier round submit FILE}: see docs/cli.md, "Rounds". */
@Command(name = "submit", description = {"Submit the initiatives of a portfolio file (format atelier-portfolio/1), each on its submissionDate, in file order.", "Nothing is recorded when the file has a problem or the round refuses any of it."})
final class RoundSubmitCommand extends RoundFileCommand {

    @Override
    Result<List<FileStep<RoundCommand>>> read(LocatedDocument document, KeptRound kept) {
        return RoundFiles.submissions(document, name());
    }
}
