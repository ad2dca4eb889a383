package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.util.List;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import picocli.CommandLine.Command;

/** {@code atelier experiment review FILE}: see docs/cli.md, "Experiments". */
@Command(name = "review", description = {"Record reviews from a file (format atelier-experiment-reviews/1); with decides: true the verdict's step too.", "Nothing is recorded when the file has a problem or the register refuses any of it."})
final class ExperimentReviewCommand extends ExperimentFileCommand {

    @Override
    Result<List<FileStep<RegisterCommand>>> read(LocatedDocument document, String name, ExperimentNumbering numbering) {
        return ExperimentFiles.reviews(document, name, numbering);
    }
}
