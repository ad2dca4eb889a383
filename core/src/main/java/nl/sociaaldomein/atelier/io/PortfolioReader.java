package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.io.support.Mistake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.initiative.CbsCode;
import nl.sociaaldomein.atelier.initiative.ImmutableMunicipality;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Reads a portfolio file (JSON or YAML, the shape of {@code docs/portfolio-format.md}) into a
 * {@link Portfolio}, or returns every problem in the file, each with file, line, column and JSON
 * path. The file's structure is checked against {@code portfolio.schema.json} ({@link FormatSchema}),
 * a valid document is bound with Jackson ({@link FileEntries}), and what a schema cannot say is
 * checked while it becomes the model. Nothing is half-read: a file with one problem yields no portfolio.
 */
public final class PortfolioReader {

    private PortfolioReader() {
    }

    /**
     * Reads a file; {@code .yaml}/{@code .yml} is YAML, anything else JSON. Uses {@link ReadLimits#DEFAULT}.
     *
     * @param file the portfolio file
     * @return the portfolio, or every problem in the file in file order (codes {@code input.*}, such as
     *     {@code input.file-unreadable}, {@code input.syntax}, {@code input.wrong-type})
     */
    public static Result<Portfolio> read(Path file) {
        return read(file, ReadLimits.DEFAULT);
    }

    /**
     * Reads a file under the given limits, for an embedder that accepts files from outside and wants
     * tighter (or looser) bounds than the default.
     *
     * @param file   the portfolio file
     * @param limits the largest file, deepest nesting and longest text accepted
     * @return the portfolio, or every problem in the file in file order
     */
    public static Result<Portfolio> read(Path file, ReadLimits limits) {
        return LocatedDocument.read(file, limits).flatMap(PortfolioReader::read);
    }

    /**
     * Reads bytes (UTF-8) given in memory, such as an upload; {@code sourceName} is the name used in problems.
     *
     * @param sourceName the name problems give as the file
     * @param bytes      the file's content, UTF-8
     * @param format     JSON or YAML
     * @return the portfolio, or every problem in the content in file order
     */
    public static Result<Portfolio> read(String sourceName, byte[] bytes, InputFormat format) {
        return read(sourceName, bytes, format, ReadLimits.DEFAULT);
    }

    /**
     * Reads bytes (UTF-8) given in memory under the given limits.
     *
     * @param sourceName the name problems give as the file
     * @param bytes      the file's content, UTF-8
     * @param format     JSON or YAML
     * @param limits     the largest content, deepest nesting and longest text accepted
     * @return the portfolio, or every problem in the content in file order
     */
    public static Result<Portfolio> read(
            String sourceName, byte[] bytes, InputFormat format, ReadLimits limits) {
        return LocatedDocument.parse(sourceName, bytes, format, limits).flatMap(PortfolioReader::read);
    }

    /**
     * Reads an already parsed document, for a caller that parsed it to look at it first.
     *
     * @param document the parsed file, which still knows where each value stood
     * @return the portfolio, or every problem in the document in file order
     */
    public static Result<Portfolio> read(LocatedDocument document) {
        return FileProblem.inFileOrder(readFields(document));
    }

    private static Result<Portfolio> readFields(LocatedDocument document) {
        ReadContext context = new ReadContext(document);
        if (!document.root().isObject()) {
            // Without a top-level object every field would be "missing": one clear problem says more.
            context.problem("", "input.wrong-type", "een portefeuillebestand bevat velden zoals 'format' en 'initiatives', maar gevonden: "
                + ObjectFields.describeNl(document.root()), "a portfolio file holds fields such as 'format' and 'initiatives', found "
                + ObjectFields.describe(document.root()));
            return Result.failed(context.problems());
        }
        Optional<Portfolio> portfolio = FormatSchema.PORTFOLIO.check(context)
            .flatMap(valid -> Binding.bind(context, "", valid, FileEntries.PortfolioEntry.class))
            .flatMap(entry -> portfolio(context, "", entry));
        return context.result("", portfolio::orElseThrow);
    }

    /**
     * The portfolio a bound entry describes, at {@code pointer} in the file; what the schema cannot
     * say is checked here: real dates, a period in order, unique ids, amounts that add up within range.
     * A part the schema found fault with is null (or left out) in the entry and is not checked again.
     */
    static Optional<Portfolio> portfolio(ReadContext context, String pointer, FileEntries.PortfolioEntry entry) {
        int before = context.problemCount();
        Optional<Municipality> municipality = Optional.ofNullable(entry.municipality())
            .flatMap(m -> municipality(context, pointer + "/municipality", m));
        Optional<Portfolio.Period> period = Optional.ofNullable(entry.period()).flatMap(p -> period(context, pointer + "/period", p));
        checkUniqueIds(context, pointer + "/initiatives");
        InitiativeReader initiatives = new InitiativeReader(context);
        List<Initiative> read = new ArrayList<>();
        List<FileEntries.InitiativeEntry> entries = Binding.listOf(entry.initiatives());
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) != null) {
                initiatives.read(pointer + "/initiatives/" + i, entries.get(i)).ifPresent(read::add);
            }
        }
        if (context.hasProblems() || context.problemCount() > before || municipality.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Portfolio.builder()
                .municipality(municipality.orElseThrow())
                .title(Binding.text(entry.title()))
                .source(Binding.text(entry.source()))
                .period(period)
                .initiatives(read)
                .build());
        } catch (IllegalStateException | IllegalArgumentException e) {
            context.problem(pointer, Mistake.ofRule("input.inconsistent", e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Each initiative id once: checked on the ids as written, so that an initiative with another
     * problem still counts. A duplicate names the first place too.
     */
    private static void checkUniqueIds(ReadContext context, String listPointer) {
        Map<String, String> firstPathById = new HashMap<>();
        JsonNode list = context.document().root().at(listPointer);
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i).path("id");
            if (!id.isValueNode() || id.isNull() || id.asText().isBlank()) {
                continue;
            }
            String path = listPointer + "/" + i + "/id";
            String first = firstPathById.putIfAbsent(id.asText().strip(), path);
            if (first != null) {
                int firstLine = context.document().lineOf(first);
                String twice = id.asText().strip();
                context.problem(path, "input.duplicate-id", "initiatief-id '" + twice + "' komt twee keer voor: hier en bij " + first
                    + (firstLine > 0 ? " (regel " + firstLine + ")" : ""), "initiative id '" + twice + "' is used twice: here and at " + first
                    + (firstLine > 0 ? " (line " + firstLine + ")" : ""));
            }
        }
    }

    private static Optional<Municipality> municipality(ReadContext context, String pointer, FileEntries.MunicipalityEntry entry) {
        String code = entry.cbsCode().strip();
        if (!CbsCode.isValid(code)) {
            context.problem(pointer + "/cbsCode", "input.code-invalid",
                "een CBS-code is GM gevolgd door vier cijfers (bijv. GM0014 voor Groningen), niet '" + code + "'",
                "a CBS code is GM followed by four digits (e.g. GM0014 for Groningen), not '" + code + "'");
            return Optional.empty();
        }
        return Optional.of(ImmutableMunicipality.of(entry.name().strip(), new CbsCode(code)));
    }

    private static Optional<Portfolio.Period> period(ReadContext context, String pointer, FileEntries.PeriodEntry entry) {
        Optional<LocalDate> start = Binding.date(context, pointer + "/start", entry.start());
        Optional<LocalDate> end = Binding.date(context, pointer + "/end", entry.end());
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().isBefore(start.get())) {
            String ends = PartialDate.of(end.get()).toDutch();
            String starts = PartialDate.of(start.get()).toDutch();
            context.problem(pointer + "/end", "input.inconsistent", "de periode eindigt op " + ends + ", voordat die begint op " + starts,
                "the period ends on " + ends + ", before it starts on " + starts);
            return Optional.empty();
        }
        return Optional.of(new Portfolio.Period(start.get(), end.get()));
    }
}
