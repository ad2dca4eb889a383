package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.round.RoundCommand;
import picocli.CommandLine.Parameters;

/** A round command whose commands come from a file (JSON or YAML). */
abstract class RoundFileCommand extends RoundStepCommand {

    @Parameters(paramLabel = "FILE", description = "The file (JSON or YAML; docs/cli.md, \"Rounds\").")
    Path file;

    private LocatedDocument document;

    /** The file's commands, or its problems. */
    abstract Result<List<FileStep<RoundCommand>>> read(LocatedDocument document, KeptRound kept);

    @Override
    List<FileStep<RoundCommand>> steps(KeptRound kept) {
        InputSource source = InputSource.file(file);
        document = parse(source);
        return Dossiers.orProblems(source.name(), read(document, kept));
    }

    @Override
    Optional<LocatedDocument> document() {
        return Optional.ofNullable(document);
    }

    @Override
    String name() {
        return file.toString();
    }
}
