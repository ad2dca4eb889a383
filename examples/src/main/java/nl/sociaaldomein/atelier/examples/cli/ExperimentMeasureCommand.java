package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.util.List;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import picocli.CommandLine.Command;

/** {@code atelier experiment measure FILE}: see docs/cli.md, "Experiments". */
@Command(name = "measure", description = {"Record KPI measurements from a file (format atelier-experiment-measurements/1).", "Nothing is recorded when the file has a problem or the register refuses any of it."})
final class ExperimentMeasureCommand extends ExperimentFileCommand {

    @Override
    Result<List<FileStep<RegisterCommand>>> read(LocatedDocument document, String name, ExperimentNumbering numbering) {
        return ExperimentFiles.measurements(document, name, numbering);
    }
}
