package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.workflow.CommitteeDecisions;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * Reads a round file (JSON or YAML, {@code docs/round-format.md}) into a {@link RoundPlan}, or
 * returns every problem in it, each with file, line, column and JSON path, in file order.
 * Nothing is half-read. The portfolio is inline, or a path to a portfolio file relative to the
 * round file (then problems in that file are reported with its own name).
 */
public final class RoundFileReader {

    private RoundFileReader() {
    }

    /** Reads a file; {@code .yaml}/{@code .yml} is YAML, anything else JSON. */
    public static Either<List<InputProblem>, RoundPlan> read(Path file) {
        Path directory = file.toAbsolutePath().getParent();
        return LocatedDocument.read(file, ReadLimits.DEFAULT).flatMap(document -> read(document, Optional.ofNullable(directory)));
    }

    /**
     * Reads bytes (UTF-8) given in memory; {@code sourceName} names them in problems. A portfolio
     * given as a path is resolved against {@code directory}; without one only an inline portfolio reads.
     */
    public static Either<List<InputProblem>, RoundPlan> read(String sourceName, byte[] bytes, InputFormat format,
                                                             Optional<Path> directory) {
        return LocatedDocument.parse(sourceName, bytes, format, ReadLimits.DEFAULT).flatMap(document -> read(document, directory));
    }

    /** The parts of a round file a provenance path can start with. */
    public static final List<String> BLOCKS = List.of("portfolio", "budget", "call", "scores", "decisions");

    /** Reads an already parsed document. */
    public static Either<List<InputProblem>, RoundPlan> read(LocatedDocument document, Optional<Path> directory) {
        return read(document, directory, false);
    }

    /**
     * Reads a profile's round file: as {@link #read(LocatedDocument, Optional)}, and every block the file
     * has (portfolio, budget, call, decisions) must state where its values come from ({@link ProvenanceReader}).
     */
    public static Either<List<InputProblem>, RoundPlan> readProfileData(String sourceName, byte[] bytes, InputFormat format) {
        return LocatedDocument.parse(sourceName, bytes, format, ReadLimits.DEFAULT)
            .flatMap(document -> read(document, Optional.empty(), true));
    }

    /** Reads a parsed document; with {@code provenanceRequired}, as profile data (see {@link #readProfileData}). */
    public static Either<List<InputProblem>, RoundPlan> read(LocatedDocument document, Optional<Path> directory,
                                                             boolean provenanceRequired) {
        ReadContext context = new ReadContext(document);
        if (!document.root().isObject()) {
            context.problem("", "a round file holds fields such as 'format', 'portfolio', 'budget' and 'call', found "
                + ObjectFields.describe(document.root()));
            return Either.left(context.problems());
        }
        ObjectFields root = context.root();
        root.requiredText("format").ifPresent(format -> {
            if (!format.equals(RoundFormat.VERSION)) {
                context.problem(root.pathOf("format"), "unknown format '" + format + "'; this version of Atelier reads " + RoundFormat.VERSION);
            }
        });
        Optional<String> source = root.text("source");
        Optional<Portfolio> portfolio = portfolio(root, directory);
        Optional<BudgetTree> budget = NestedObject.read(root, "budget", true, RoundBudgetReader::read);
        Optional<RoundCallReader.CallAndFramework> call = NestedObject.read(root, "call", true,
            fields -> RoundCallReader.read(fields, portfolio.map(Portfolio::municipality)));
        // Cross-references are checked even when a part had problems, from the ids the file holds, so that one
        // mistake does not hide another.
        JsonNode tree = document.root();
        Optional<Set<String>> potIds = budget.map(b -> b.pots().stream().map(Pot::id).collect(Collectors.toSet()))
            .or(() -> rawIds(tree.path("budget").path("pots")));
        Optional<String> callPot = call.map(c -> c.call().potId()).or(() -> rawText(tree.path("call").path("pot")));
        callPot.ifPresent(pot -> potIds.ifPresent(ids -> {
            if (!ids.contains(pot)) {
                context.problem("/call/pot", "no pot '" + pot + "' in the budget (pots: " + String.join(", ", new java.util.TreeSet<>(ids)) + ")");
            }
        }));
        Optional<Set<String>> initiativeIds = portfolio.map(p -> p.initiatives().stream().map(Initiative::id).collect(Collectors.toSet()))
            .or(() -> rawIds(tree.path("portfolio").path("initiatives")));
        List<AssessorScore> scores = root.objects("scores", fields -> score(fields, initiativeIds));
        RoundDecisionsReader.Known known = new RoundDecisionsReader.Known(initiativeIds, potIds, callPot);
        Optional<CommitteeDecisions> committee = NestedObject.read(root, "decisions", false,
            fields -> RoundDecisionsReader.read(fields, known));
        ProvenanceMap provenance = ProvenanceReader.read(root, BLOCKS);
        if (provenanceRequired) {
            ProvenanceReader.requireCovered(root, provenance, BLOCKS.stream().filter(root::has).toList());
        }
        root.done();
        return context.result("", () -> new RoundPlan(source, portfolio.orElseThrow(), budget.orElseThrow(), call.orElseThrow().call(),
            call.get().frameworkId(), scores, committee, provenance)).mapLeft(InputProblem::inFileOrder);
    }

    /** Inline (the portfolio format's fields; {@code format} may be left out) or a relative path to a portfolio file. */
    private static Optional<Portfolio> portfolio(ObjectFields root, Optional<Path> directory) {
        ReadContext context = root.context();
        if (!root.has("portfolio")) {
            context.problem(root.pathOf("portfolio"), "required field 'portfolio' is missing (the initiatives inline, or a path to a portfolio file)");
            return Optional.empty();
        }
        if (root.context().document().root().get("portfolio").isTextual()) {
            String relative = root.text("portfolio").orElse("");
            if (directory.isEmpty()) {
                context.problem(root.pathOf("portfolio"), "a portfolio path needs the round file to be read from a directory; give the portfolio inline");
                return Optional.empty();
            }
            Either<String, Path> file = insideFolder(directory.get(), relative);
            if (file.isLeft()) {
                context.problem(root.pathOf("portfolio"), "a portfolio path must stay inside the round file's folder (such as "
                    + "portfolio-2016.yaml or portfolios/2016.yaml), not '" + relative + "'" + file.getLeft());
                return Optional.empty();
            }
            return PortfolioReader.read(file.get()).fold(problems -> {
                problems.forEach(p -> context.problem(root.pathOf("portfolio"), "in " + p));
                return Optional.empty();
            }, Optional::of);
        }
        return NestedObject.read(root, "portfolio", true, RoundFileReader::inlinePortfolio);
    }

    /**
     * The file {@code relative} names in {@code folder}, or why it is refused: an absolute path,
     * one that climbs out ("../"), or a link (of the file or a folder on the way) whose real place
     * is outside the folder. The check is on real paths, so a link named like a portfolio cannot
     * make the reader open {@code /etc/passwd} and quote it in a problem.
     */
    private static Either<String, Path> insideFolder(Path folder, String relative) {
        try {
            Path given = Path.of(relative);
            Path base = folder.toAbsolutePath().normalize();
            Path file = base.resolve(given).normalize();
            if (given.isAbsolute() || !file.startsWith(base)) {
                return Either.left("");
            }
            if (Files.exists(file)) {
                Path realBase = base.toRealPath();
                if (!file.toRealPath().startsWith(realBase)) {
                    return Either.left(": it is a link to a file outside that folder");
                }
            }
            return Either.right(file);
        } catch (InvalidPathException e) {
            return Either.left(": that is not a path");
        } catch (IOException e) {
            return Either.left(": its real place cannot be found (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Optional<Portfolio> inlinePortfolio(ObjectFields fields) {
        ReadContext context = fields.context();
        int before = context.problemCount();
        fields.text("format").ifPresent(format -> {
            if (!format.equals(PortfolioFormat.VERSION)) {
                context.problem(fields.pathOf("format"), "unknown format '" + format + "'; an inline portfolio is " + PortfolioFormat.VERSION);
            }
        });
        Optional<Municipality> municipality = NestedObject.read(fields, "municipality", true, PortfolioReader::municipality);
        Optional<String> title = fields.text("title");
        Optional<String> source = fields.text("source");
        Optional<Portfolio.Period> period = NestedObject.read(fields, "period", false, PortfolioReader::period);
        if (!fields.has("initiatives")) {
            context.problem(fields.pathOf("initiatives"), "required field 'initiatives' is missing");
        }
        List<Initiative> initiatives = fields.objects("initiatives", new InitiativeReader()::read);
        fields.done();
        if (context.problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(Portfolio.builder().municipality(municipality.orElseThrow()).title(title).source(source).period(period)
            .initiatives(initiatives).build());
    }

    private static Optional<AssessorScore> score(ObjectFields fields, Optional<Set<String>> initiativeIds) {
        Optional<String> assessor = fields.requiredText("assessor");
        Optional<String> initiative = fields.requiredText("initiative");
        Optional<String> criterion = fields.requiredText("criterion");
        Optional<Long> score = fields.wholeNumber("score");
        if (score.isEmpty() && !fields.has("score")) {
            fields.context().problem(fields.pathOf("score"), "required field 'score' is missing");
        }
        fields.done();
        initiative.ifPresent(id -> initiativeIds.ifPresent(ids -> {
            if (!ids.contains(id)) {
                fields.context().problem(fields.pathOf("initiative"), "no initiative '" + id + "' in the portfolio");
            }
        }));
        if (assessor.isEmpty() || initiative.isEmpty() || criterion.isEmpty() || score.isEmpty()) {
            return Optional.empty();
        }
        if (score.get() < Integer.MIN_VALUE || score.get() > Integer.MAX_VALUE) {
            fields.context().problem(fields.pathOf("score"), "score " + score.get() + " is out of range");
            return Optional.empty();
        }
        return Optional.of(new AssessorScore(assessor.get(), initiative.get(), criterion.get(), score.get().intValue()));
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
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }
}
