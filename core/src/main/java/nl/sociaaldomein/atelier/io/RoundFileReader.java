package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.workflow.CommitteeDecisions;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;

/**
 * Reads a round file (JSON or YAML, {@code docs/round-format.md}) into a {@link RoundPlan}, or
 * returns every problem in it, each with file, line, column and JSON path, in file order. The
 * structure is checked against {@code round.schema.json} ({@link FormatSchema}), a valid document
 * is bound with Jackson ({@link FileEntries}), and what a schema cannot say (references between
 * parts, real dates, the budget tree, the call's own rules) is checked while it becomes the model.
 * Nothing is half-read. The portfolio is inline, or a path to a portfolio file relative to the
 * round file (then problems in that file are reported with its own name).
 */
public final class RoundFileReader {

    private RoundFileReader() {
    }

    /**
     * Reads a file; {@code .yaml}/{@code .yml} is YAML, anything else JSON. A portfolio given as a
     * path is resolved against the round file's folder. Uses {@link ReadLimits#DEFAULT}.
     *
     * @param file the round file
     * @return the round, or every problem in the file (and in a portfolio file it names) in file order
     */
    public static Result<RoundPlan> read(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        return LocatedDocument.read(file, ReadLimits.DEFAULT).flatMap(document -> read(document, Optional.ofNullable(directory)));
    }

    /**
     * Reads bytes (UTF-8) given in memory; {@code sourceName} names them in problems. A portfolio
     * given as a path is resolved against {@code directory}; without one only an inline portfolio reads.
     *
     * @param sourceName the name problems give as the file
     * @param bytes      the file's content, UTF-8
     * @param format     JSON or YAML
     * @param directory  the folder a portfolio path is relative to, if any
     * @return the round, or every problem in the content in file order
     */
    public static Result<RoundPlan> read(String sourceName, byte[] bytes, InputFormat format,
                                                             Optional<Path> directory) {
        return LocatedDocument.parse(sourceName, bytes, format, ReadLimits.DEFAULT).flatMap(document -> read(document, directory));
    }

    /** The parts of a round file a provenance path can start with. */
    public static final List<String> BLOCKS = List.of("portfolio", "budget", "call", "scores", "decisions");

    /**
     * Reads an already parsed document; provenance is optional.
     *
     * @param document  the parsed file, which still knows where each value stood
     * @param directory the folder a portfolio path is relative to, if any
     * @return the round, or every problem in the document in file order
     */
    public static Result<RoundPlan> read(LocatedDocument document, Optional<Path> directory) {
        return read(document, directory, false);
    }

    /**
     * Reads a profile's round file: as {@link #read(LocatedDocument, Optional)}, and every block the file
     * has (portfolio, budget, call, decisions) must state where its values come from ({@link ProvenanceReader}).
     * A profile's data is bundled, so its portfolio is inline: there is no folder to resolve a path against.
     *
     * @param sourceName the name problems give as the file (the bundled resource's name)
     * @param bytes      the file's content, UTF-8
     * @param format     JSON or YAML
     * @return the round, or every problem in the content in file order, a missing provenance among them
     */
    public static Result<RoundPlan> readProfileData(String sourceName, byte[] bytes, InputFormat format) {
        return LocatedDocument.parse(sourceName, bytes, format, ReadLimits.DEFAULT)
            .flatMap(document -> read(document, Optional.empty(), true));
    }

    /**
     * Reads a parsed document; with {@code provenanceRequired}, as profile data (see {@link #readProfileData}).
     *
     * @param document           the parsed file, which still knows where each value stood
     * @param directory          the folder a portfolio path is relative to, if any
     * @param provenanceRequired whether every block must say where its values come from
     * @return the round, or every problem in the document in file order
     */
    public static Result<RoundPlan> read(LocatedDocument document, Optional<Path> directory,
                                                             boolean provenanceRequired) {
        ReadContext context = new ReadContext(document);
        if (!document.root().isObject()) {
            context.problem("", "input.wrong-type", "een rondebestand bevat velden zoals 'format', 'portfolio', 'budget' en 'call', maar gevonden: "
                + ObjectFields.describeNl(document.root()), "a round file holds fields such as 'format', 'portfolio', 'budget' and 'call', found "
                + ObjectFields.describe(document.root()));
            return Result.failed(context.problems());
        }
        Optional<FileEntries.RoundEntry> bound = FormatSchema.ROUND.check(context)
            .flatMap(valid -> Binding.bind(context, "", valid, FileEntries.RoundEntry.class));
        if (bound.isEmpty()) {
            return Result.failed(FileProblem.inFileOrder(context.problems()));
        }
        // A part the schema found fault with is null here; the rest is still checked, so that one mistake does not
        // hide another. References are checked against the ids the file holds, read or not.
        FileEntries.RoundEntry round = bound.get();
        JsonNode tree = document.root();
        Optional<Portfolio> portfolio = Optional.ofNullable(round.portfolio()).flatMap(p -> portfolio(context, p, directory));
        Optional<BudgetTree> budget = Optional.ofNullable(round.budget()).flatMap(b -> RoundBudgetReader.read(context, b));
        Optional<RoundCallReader.CallAndFramework> call = Optional.ofNullable(round.call())
            .flatMap(c -> RoundCallReader.read(context, c, portfolio.map(Portfolio::municipality)));
        Optional<Set<String>> potIds = rawIds(tree.path("budget").path("pots"));
        Optional<String> callPot = rawText(tree.path("call").path("pot"));
        callPot.ifPresent(pot -> potIds.ifPresent(ids -> {
            if (!ids.contains(pot)) {
                String pots = String.join(", ", new TreeSet<>(ids));
                context.problem("/call/pot", "input.reference-unknown", "geen pot '" + pot + "' in het budget (potten: " + pots + ")",
                    "no pot '" + pot + "' in the budget (pots: " + pots + ")");
            }
        }));
        Optional<Set<String>> initiativeIds = tree.path("portfolio").isTextual()
            ? portfolio.map(p -> p.initiatives().stream().map(Initiative::id).collect(Collectors.toSet()))
            : rawIds(tree.path("portfolio").path("initiatives"));
        List<AssessorScore> scores = scores(context, Binding.listOf(round.scores()), initiativeIds);
        RoundDecisionsReader.Known known = new RoundDecisionsReader.Known(initiativeIds, potIds, callPot);
        Optional<CommitteeDecisions> committee = Optional.ofNullable(round.decisions())
            .flatMap(decisions -> RoundDecisionsReader.read(context, decisions, known));
        ProvenanceMap provenance = ProvenanceReader.read(context, "/provenance", Binding.listOf(round.provenance()), BLOCKS);
        if (provenanceRequired) {
            JsonNode root = document.root();
            ProvenanceReader.requireCovered(context, provenance, BLOCKS.stream().filter(block -> root.hasNonNull(block)).toList());
        }
        return FileProblem.inFileOrder(context.result("", () -> new RoundPlan(Binding.text(round.source()), portfolio.orElseThrow(), budget.orElseThrow(),
            call.orElseThrow().call(), call.get().frameworkId(), scores, committee, provenance)));
    }

    /** Inline (the portfolio format's fields; {@code format} may be left out) or a relative path to a portfolio file. */
    private static Optional<Portfolio> portfolio(ReadContext context, JsonNode given, Optional<Path> directory) {
        String pointer = "/portfolio";
        if (given.isTextual()) {
            String relative = given.asText().strip();
            if (directory.isEmpty()) {
                context.problem(pointer, "input.file-reference",
                    "een pad naar een portefeuille kan alleen als het rondebestand uit een map wordt gelezen; neem de portefeuille op in het bestand",
                    "a portfolio path needs the round file to be read from a directory; give the portfolio inline");
                return Optional.empty();
            }
            Either<String[], Path> file = insideFolder(directory.get(), relative);
            if (file.isLeft()) {
                context.problem(pointer, "input.file-reference", "een pad naar een portefeuille moet binnen de map van het rondebestand blijven (zoals "
                    + "portfolio-2016.yaml of portfolios/2016.yaml), niet '" + relative + "'" + file.getLeft()[0],
                    "a portfolio path must stay inside the round file's folder (such as "
                    + "portfolio-2016.yaml or portfolios/2016.yaml), not '" + relative + "'" + file.getLeft()[1]);
                return Optional.empty();
            }
            return PortfolioReader.read(file.get()).fold(problems -> {
                problems.forEach(p -> context.problem(pointer, p.code(), "in " + FileProblem.describe(p, Locale.forLanguageTag("nl-NL")),
                    "in " + FileProblem.describe(p, Locale.ENGLISH)));
                return Optional.empty();
            }, Optional::of);
        }
        return Binding.bind(context, pointer, given, FileEntries.PortfolioEntry.class)
            .flatMap(entry -> PortfolioReader.portfolio(context, pointer, entry));
    }

    /** The {@code id} texts of a list of objects as written, or empty when there is no such list. */
    private static Optional<Set<String>> rawIds(JsonNode list) {
        if (!list.isArray()) {
            return Optional.empty();
        }
        Set<String> ids = new java.util.HashSet<>();
        list.forEach(element -> rawText(element.path("id")).ifPresent(ids::add));
        return Optional.of(ids);
    }

    private static Optional<String> rawText(JsonNode node) {
        return node.isValueNode() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }

    private static List<AssessorScore> scores(ReadContext context, List<FileEntries.ScoreEntry> entries,
                                              Optional<Set<String>> initiativeIds) {
        List<AssessorScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FileEntries.ScoreEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String initiative = entry.initiative().strip();
            if (initiativeIds.isPresent() && !initiativeIds.get().contains(initiative)) {
                context.problem("/scores/" + i + "/initiative", "input.reference-unknown", "geen initiatief '" + initiative + "' in de portefeuille",
                    "no initiative '" + initiative + "' in the portfolio");
                continue;
            }
            scores.add(new AssessorScore(entry.assessor().strip(), initiative, entry.criterion().strip(), entry.score()));
        }
        return scores;
    }

    /**
     * The file {@code relative} names in {@code folder}, or why it is refused: an absolute path,
     * one that climbs out ("../"), or a link (of the file or a folder on the way) whose real place
     * is outside the folder. The check is on real paths, so a link named like a portfolio cannot
     * make the reader open {@code /etc/passwd} and quote it in a problem.
     */
    private static Either<String[], Path> insideFolder(Path folder, String relative) {
        try {
            Path given = Path.of(relative);
            Path base = folder.toAbsolutePath().normalize();
            Path file = base.resolve(given).normalize();
            if (given.isAbsolute() || !file.startsWith(base)) {
                return Either.left(new String[] {"", ""});
            }
            if (Files.exists(file)) {
                Path realBase = base.toRealPath();
                if (!file.toRealPath().startsWith(realBase)) {
                    return Either.left(new String[] {": het is een koppeling naar een bestand buiten die map", ": it is a link to a file outside that folder"});
                }
            }
            return Either.right(file);
        } catch (InvalidPathException e) {
            return Either.left(new String[] {": dat is geen pad", ": that is not a path"});
        } catch (IOException e) {
            return Either.left(new String[] {": de echte plaats ervan is niet te vinden (" + e.getClass().getSimpleName() + ")",
                ": its real place cannot be found (" + e.getClass().getSimpleName() + ")"});
        }
    }
}
