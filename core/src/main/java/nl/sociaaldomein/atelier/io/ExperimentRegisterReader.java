package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.io.support.Mistake;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.OutcomeVocabulary;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * Reads an experiments register file (JSON or YAML, same shape; described in docs/experiments.md)
 * with the profile's numbering scheme and outcome vocabulary. Every problem is reported with its
 * line, column and path, all at once: a bad date, an unknown outcome, a number malformed for the
 * scheme, a number used twice, a year mark outside the table's columns, a split without its
 * successors. Nothing is half-read: the register is built only when there are no problems.
 */
public final class ExperimentRegisterReader {

    private final ExperimentNumbering numbering;
    private final OutcomeVocabulary vocabulary;
    private final ReadLimits limits;
    private final boolean provenanceRequired;

    /** The parts of a register a provenance path can start with. */
    public static final List<String> BLOCKS = List.of("source", "reportDate", "policyPlan", "yearColumns", "experiments");

    /**
     * A reader with the default limits; provenance is optional.
     *
     * @param numbering  the profile's scheme for experiment numbers ({@code 7}, {@code 2014-3})
     * @param vocabulary the profile's words for outcomes, each mapped to an outcome
     */
    public ExperimentRegisterReader(ExperimentNumbering numbering, OutcomeVocabulary vocabulary) {
        this(numbering, vocabulary, ReadLimits.DEFAULT);
    }

    /**
     * A reader with the given limits; provenance is optional.
     *
     * @param numbering  the profile's scheme for experiment numbers
     * @param vocabulary the profile's words for outcomes, each mapped to an outcome
     * @param limits     the largest file, deepest nesting and longest text accepted
     */
    public ExperimentRegisterReader(ExperimentNumbering numbering, OutcomeVocabulary vocabulary, ReadLimits limits) {
        this(numbering, vocabulary, limits, false);
    }

    private ExperimentRegisterReader(ExperimentNumbering numbering, OutcomeVocabulary vocabulary, ReadLimits limits,
                                     boolean provenanceRequired) {
        this.numbering = Objects.requireNonNull(numbering, "numbering");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.provenanceRequired = provenanceRequired;
    }

    /**
     * This reader for a profile's register: the file must also state where its experiments and its
     * report date come from ({@link ProvenanceReader}), or it is refused.
     *
     * @return a new reader with the same numbering, vocabulary and limits; this one is unchanged
     */
    public ExperimentRegisterReader forProfileData() {
        return new ExperimentRegisterReader(numbering, vocabulary, limits, true);
    }

    /**
     * Reads a register file; {@code .yaml}/{@code .yml} is YAML, {@code .json} JSON, else by content.
     *
     * @param file the register file
     * @return the register, or every problem in the file in file order
     */
    public Result<ExperimentRegister> read(Path file) {
        return LocatedDocument.read(file, limits).flatMap(this::read);
    }

    /**
     * Reads bytes (UTF-8) given in memory, such as a profile's bundled register.
     *
     * @param sourceName the name problems give as the file
     * @param bytes      the file's content, UTF-8
     * @param format     JSON or YAML
     * @return the register, or every problem in the content in file order
     */
    public Result<ExperimentRegister> read(String sourceName, byte[] bytes, InputFormat format) {
        return LocatedDocument.parse(sourceName, bytes, format, limits).flatMap(this::read);
    }

    /**
     * Reads an already parsed document.
     *
     * @param document the parsed file, which still knows where each value stood
     * @return the register, or every problem in the document (bad dates, unknown outcomes, malformed or
     *     repeated numbers, year marks outside the columns, splits without successors) in file order
     */
    public Result<ExperimentRegister> read(LocatedDocument document) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        Optional<RegisterSource> source = root.requiredObject("source").flatMap(ExperimentRegisterReader::source);
        Optional<LocalDate> reportDate = root.requiredDate("reportDate");
        List<Integer> columns = yearColumns(root);
        Optional<PolicyPlan> plan = root.object("policyPlan").flatMap(ExperimentRegisterReader::policyPlan);
        List<Experiment> experiments = new ArrayList<>();
        if (!root.has("experiments")) {
            context.missing(root.pathOf("experiments"), "experiments");
        }
        if (reportDate.isPresent()) {
            ExperimentRowReader rows = new ExperimentRowReader(numbering, vocabulary, columns, reportDate.get(), plan);
            experiments = root.objects("experiments", rows::read);
            duplicates(root, experiments);
        }
        ProvenanceMap provenance = ProvenanceReader.read(root, BLOCKS);
        if (provenanceRequired) {
            ProvenanceReader.requireCovered(root, provenance, List.of("experiments", "reportDate"));
        }
        root.done();
        List<Experiment> read = experiments;
        return context.result("", () -> new ExperimentRegister(source.orElseThrow(), reportDate, columns, read, provenance));
    }

    private static Optional<RegisterSource> source(ObjectFields fields) {
        Optional<String> file = fields.requiredText("file");
        Optional<String> quote = fields.requiredText("quote");
        fields.done();
        return file.flatMap(f -> quote.map(q -> new RegisterSource(f, q)));
    }

    /** A policy plan: the register's, or a row's own. */
    static Optional<PolicyPlan> policyPlan(ObjectFields fields) {
        Optional<String> name = fields.requiredText("name");
        Optional<PartialDate> adopted = fields.partialDate("adopted");
        List<PartialDate> renewed = fields.list("renewed", (element, path) -> {
            if (!element.isTextual() && !element.isIntegralNumber()) {
                // asText() of an object or list is "", which would read as an unknown date.
                fields.context().problem(path, "input.wrong-type", "verwacht een datum zoals 30-06-2016, maar gevonden: " + ObjectFields.describeNl(element),
                    "expected a date such as 30-06-2016, found " + ObjectFields.describe(element));
                return Optional.empty();
            }
            return PartialDate.parse(element.asText()).fold(problems -> {
                fields.context().problem(path, Mistake.of("input.date-invalid", problems));
                return Optional.<PartialDate>empty();
            }, Optional::of);
        });
        fields.done();
        return name.map(n -> new PolicyPlan(n, adopted.orElse(PartialDate.unknown()), renewed));
    }

    private static List<Integer> yearColumns(ObjectFields root) {
        List<Integer> columns = root.list("yearColumns", (element, path) -> {
            if (!element.isIntegralNumber() || element.asLong() < 1900 || element.asLong() > 2999) {
                root.context().problem(path, "input.date-invalid", "verwacht een jaar zoals 2014, maar gevonden: " + ObjectFields.describeNl(element),
                    "expected a year such as 2014, found " + ObjectFields.describe(element));
                return Optional.empty();
            }
            return Optional.of(element.asInt());
        });
        if (columns.stream().distinct().count() != columns.size()) {
            root.context().problem(root.pathOf("yearColumns"), "input.duplicate-id", "een jaarkolom komt twee keer voor: " + columns,
                "a year column appears twice: " + columns);
        }
        return columns;
    }

    /** Reports each number used a second time, at the later row, naming the first. */
    private void duplicates(ObjectFields root, List<Experiment> experiments) {
        Map<ExperimentNumber, Integer> first = new HashMap<>();
        List<String> written = root.list("experiments", (element, path) -> Optional.of(element.path("number").asText("")));
        for (int i = 0; i < written.size(); i++) {
            nl.sociaaldomein.atelier.problem.Result<ExperimentNumber> number = numbering.parse(written.get(i));
            if (number.isFailed()) {
                continue; // already reported by the row reader
            }
            Integer earlier = first.putIfAbsent(number.orElseThrow(), i);
            if (earlier != null) {
                String firstAt = root.pathOf("experiments") + "/" + earlier;
                root.context().problem(root.pathOf("experiments") + "/" + i + "/number", "input.duplicate-id", "nummer '" + written.get(i)
                    + "' komt twee keer voor (eerst bij " + firstAt + ")", "number '" + written.get(i) + "' appears twice (first at " + firstAt + ")");
            }
        }
    }
}
