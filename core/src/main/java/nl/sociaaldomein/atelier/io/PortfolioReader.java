package nl.sociaaldomein.atelier.io;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.initiative.ImmutableMunicipality;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;

/**
 * Reads a portfolio file (JSON or YAML, the shape of {@code docs/portfolio-format.md}) into a
 * {@link Portfolio}, or returns every problem in the file, each with file, line, column and JSON
 * path. Nothing is half-read: a file with one problem yields no portfolio.
 */
public final class PortfolioReader {

    private PortfolioReader() {
    }

    /** Reads a file; {@code .yaml}/{@code .yml} is YAML, anything else JSON. */
    public static Either<List<InputProblem>, Portfolio> read(Path file) {
        return read(file, ReadLimits.DEFAULT);
    }

    public static Either<List<InputProblem>, Portfolio> read(Path file, ReadLimits limits) {
        return LocatedDocument.read(file, limits).flatMap(PortfolioReader::read);
    }

    /** Reads bytes (UTF-8) given in memory; {@code sourceName} is the name used in problems. */
    public static Either<List<InputProblem>, Portfolio> read(String sourceName, byte[] bytes, InputFormat format) {
        return read(sourceName, bytes, format, ReadLimits.DEFAULT);
    }

    public static Either<List<InputProblem>, Portfolio> read(
            String sourceName, byte[] bytes, InputFormat format, ReadLimits limits) {
        return LocatedDocument.parse(sourceName, bytes, format, limits).flatMap(PortfolioReader::read);
    }

    /** Reads an already parsed document. */
    public static Either<List<InputProblem>, Portfolio> read(LocatedDocument document) {
        return readFields(document).mapLeft(InputProblem::inFileOrder);
    }

    private static Either<List<InputProblem>, Portfolio> readFields(LocatedDocument document) {
        ReadContext context = new ReadContext(document);
        if (!document.root().isObject()) {
            // Without a top-level object every field would be "missing": one clear problem says more.
            context.problem("", "a portfolio file holds fields such as 'format' and 'initiatives', found "
                + ObjectFields.describe(document.root()));
            return Either.left(context.problems());
        }
        ObjectFields root = context.root();
        root.requiredText("format").ifPresent(format -> {
            if (!format.equals(PortfolioFormat.VERSION)) {
                context.problem(root.pathOf("format"), "unknown format '" + format + "'; this version of Atelier reads "
                    + PortfolioFormat.VERSION);
            }
        });
        Optional<Municipality> municipality = NestedObject.read(root, "municipality", true, PortfolioReader::municipality);
        Optional<String> title = root.text("title");
        Optional<String> source = root.text("source");
        Optional<Portfolio.Period> period = NestedObject.read(root, "period", false, PortfolioReader::period);
        if (!root.has("initiatives")) {
            context.problem(root.pathOf("initiatives"), "required field 'initiatives' is missing (an empty list [] is allowed)");
        }
        InitiativeReader initiatives = new InitiativeReader();
        List<Initiative> read = root.objects("initiatives", initiatives::read);
        root.done();
        return context.result("", () -> Portfolio.builder()
            .municipality(municipality.orElseThrow())
            .title(title)
            .source(source)
            .period(period)
            .initiatives(read)
            .build());
    }

    static Optional<Municipality> municipality(ObjectFields fields) {
        Optional<String> name = fields.requiredText("name");
        Optional<CbsCode> cbsCode = fields.requiredText("cbsCode").flatMap(code -> {
            if (!CbsCode.isValid(code)) {
                fields.context().problem(fields.pathOf("cbsCode"),
                    "a CBS code is GM followed by four digits (e.g. GM0014 for Groningen), not '" + code + "'");
                return Optional.empty();
            }
            return Optional.of(new CbsCode(code));
        });
        fields.done();
        return name.flatMap(n -> cbsCode.map(c -> ImmutableMunicipality.of(n, c)));
    }

    static Optional<Portfolio.Period> period(ObjectFields fields) {
        Optional<LocalDate> start = fields.requiredDate("start");
        Optional<LocalDate> end = fields.requiredDate("end");
        fields.done();
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            fields.context().problem(fields.pathOf("end"), "the period ends on " + PartialDate.of(end.get()).toDutch()
                + ", before it starts on " + PartialDate.of(start.get()).toDutch());
            return Optional.empty();
        }
        return Optional.of(new Portfolio.Period(start.get(), end.get()));
    }
}
