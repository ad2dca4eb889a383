package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.util.List;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import picocli.CommandLine.Command;

/** {@code atelier experiment step FILE}: see docs/cli.md, "Experiments". */
@Command(name = "step", description = {"Record lifecycle steps from a file (format atelier-experiment-steps/1): start, extend, decide-regular, make-regular, complete, stop.", "Nothing is recorded when the file has a problem or the register refuses any of it."})
final class ExperimentStepCommand extends ExperimentFileCommand {

    @Override
    Result<List<FileStep<RegisterCommand>>> read(LocatedDocument document, String name, ExperimentNumbering numbering) {
        return ExperimentFiles.steps(document, name, numbering);
    }
}
