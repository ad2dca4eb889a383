package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.util.List;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Command;

/** {@code atelier round object FILE}: see docs/cli.md, "Rounds". */
@Command(name = "object", description = {"An objection (bezwaar, Awb 6:4 and 7:1) from a file (format atelier-round-objection/1): filed, and/or decided (upheld with the revised decision, or rejected).", "Nothing is recorded when the file has a problem or the round refuses any of it."})
final class RoundObjectCommand extends RoundFileCommand {

    @Override
    Result<List<FileStep<RoundCommand>>> read(LocatedDocument document, KeptRound kept) {
        return RoundFiles.objection(document, name(), kept.plan().call().potId());
    }
}
