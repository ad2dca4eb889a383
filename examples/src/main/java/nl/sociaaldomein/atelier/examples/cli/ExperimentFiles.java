package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.sociaaldomein.atelier.io.support.Mistake;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.register.RegisterCommand;

/**
 * The files the experiment commands read (docs/cli.md, "Experiments"): a list of measurements,
 * reviews or lifecycle steps, each naming its experiment by the municipality's number. Every
 * problem is said with its place, all at once; a file with one yields no command.
 */
final class ExperimentFiles {

    static final String MEASUREMENTS = "atelier-experiment-measurements/1";
    static final String REVIEWS = "atelier-experiment-reviews/1";
    static final String STEPS = "atelier-experiment-steps/1";
    static final String ACTOR = "atelier experiment";

    private static final Map<String, ReviewVerdict> VERDICTS = verdicts();
    private static final List<String> STEP_KINDS = List.of("start", "extend", "decide-regular", "make-regular", "complete", "stop");

    private static Map<String, ReviewVerdict> verdicts() {
        Map<String, ReviewVerdict> verdicts = new LinkedHashMap<>();
        for (ReviewVerdict verdict : ReviewVerdict.values()) {
            verdicts.put(verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), verdict);
        }
        return verdicts;
    }

    private ExperimentFiles() {
    }

    /**
     * Format {@value #MEASUREMENTS}: {@code measurements}, each {@code {experiment, kpi, date, value,
     * source}} and an optional {@code note} (the register file's measurement fields); {@code date} at the precision known (a day, a month, a year).
     */
    static Result<List<FileStep<RegisterCommand>>> measurements(LocatedDocument document, String name,
                                                                                  ExperimentNumbering numbering) {
        return read(document, MEASUREMENTS, "measure", "measurements", numbering, (f, number) -> {
            Optional<String> kpi = f.requiredText("kpi");
            Optional<PartialDate> on = f.partialDate("date");
            if (!f.has("date")) {
                f.context().problem(f.pathOf("date"), "input.missing-field", "verplicht veld 'date' ontbreekt (de gemeten dag, maand of jaar)",
                    "required field 'date' is missing (the day, month or year measured)");
            }
            Optional<Long> value = f.wholeNumber("value");
            if (!f.has("value")) {
                f.context().problem(f.pathOf("value"), "input.missing-field", "verplicht veld 'value' ontbreekt (een geheel getal)",
                    "required field 'value' is missing (a whole number)");
            }
            Optional<String> note = f.text("note");
            Optional<String> source = f.requiredText("source");
            if (number.isEmpty() || kpi.isEmpty() || on.isEmpty() || value.isEmpty() || source.isEmpty()) {
                return Optional.empty();
            }
            Stamp stamp = on.get().toLocalDate().map(d -> Stamp.on(d, ACTOR, name)).orElseGet(() -> Stamp.undated(ACTOR, name));
            return Optional.of(new RegisterCommand.Measure(stamp, number.get(), kpi.get(), new Measurement(on.get(), value.get(), note),
                source.get()));
        });
    }

    /**
     * Format {@value #REVIEWS}: {@code reviews}, each {@code {experiment, date, verdict, reason}} (the register file's review fields), an
     * optional {@code by} and, for {@code extend}, the {@code newEnd}; {@code decides: true} records
     * the step the verdict causes with it (extend, stop, decide regular).
     */
    static Result<List<FileStep<RegisterCommand>>> reviews(LocatedDocument document, String name,
                                                                             ExperimentNumbering numbering) {
        return read(document, REVIEWS, "review", "reviews", numbering, (f, number) -> {
            Optional<LocalDate> on = f.requiredDate("date");
            Optional<ReviewVerdict> verdict = f.requiredChoice("verdict", VERDICTS);
            Optional<String> reason = f.requiredText("reason");
            Optional<String> by = f.text("by");
            Optional<PartialDate> newEnd = f.partialDate("newEnd");
            boolean decides = f.bool("decides").orElse(false);
            if (verdict.isPresent() && verdict.get() != ReviewVerdict.EXTEND && f.has("newEnd")) {
                f.context().problem(f.pathOf("newEnd"), "input.inconsistent", "een nieuw einde hoort alleen bij het oordeel 'extend' (verlengen)",
                    "a new end belongs to the verdict 'extend' only");
                return Optional.empty();
            }
            if (number.isEmpty() || on.isEmpty() || verdict.isEmpty() || reason.isEmpty()) {
                return Optional.empty();
            }
            Optional<PartialDate> end = verdict.get() == ReviewVerdict.EXTEND ? Optional.of(newEnd.orElse(PartialDate.unknown()))
                : Optional.empty();
            return Optional.of(new RegisterCommand.RecordReview(Stamp.on(on.get(), ACTOR, name), number.get(),
                new Review(on.get(), verdict.get(), reason.get(), by, end), decides));
        });
    }

    /**
     * Format {@value #STEPS}: {@code steps}, each {@code {experiment, step, date}}; {@code step} is
     * {@code start}, {@code extend} (with {@code newEnd}), {@code decide-regular}, {@code make-regular},
     * {@code complete} or {@code stop}; {@code date} at the precision known.
     */
    static Result<List<FileStep<RegisterCommand>>> steps(LocatedDocument document, String name,
                                                                           ExperimentNumbering numbering) {
        Map<String, String> kinds = new LinkedHashMap<>();
        STEP_KINDS.forEach(k -> kinds.put(k, k));
        return read(document, STEPS, "step", "steps", numbering, (f, number) -> {
            Optional<String> kind = f.requiredChoice("step", kinds);
            Optional<PartialDate> on = f.partialDate("date");
            if (!f.has("date")) {
                f.context().problem(f.pathOf("date"), "input.missing-field", "verplicht veld 'date' ontbreekt (de dag, maand of jaar van de stap)",
                    "required field 'date' is missing (the day, month or year of the step)");
            }
            Optional<PartialDate> newEnd = f.partialDate("newEnd");
            if (kind.isPresent() && !kind.get().equals("extend") && f.has("newEnd")) {
                f.context().problem(f.pathOf("newEnd"), "input.inconsistent", "een nieuw einde hoort alleen bij de stap 'extend' (verlengen)",
                    "a new end belongs to the step 'extend' only");
                return Optional.empty();
            }
            if (number.isEmpty() || kind.isEmpty() || on.isEmpty()) {
                return Optional.empty();
            }
            PartialDate day = on.get();
            Transition transition = switch (kind.get()) {
                case "start" -> new Transition.Start(day, Optional.empty());
                case "extend" -> new Transition.Extend(day, newEnd.orElse(PartialDate.unknown()), Optional.empty());
                case "decide-regular" -> new Transition.DecideRegular(day, Optional.empty());
                case "make-regular" -> new Transition.MakeRegular(day, Optional.empty());
                case "complete" -> new Transition.Complete(day, Optional.empty());
                default -> new Transition.Stop(day, Optional.empty());
            };
            Stamp stamp = day.toLocalDate().map(d -> Stamp.on(d, ACTOR, name)).orElseGet(() -> Stamp.undated(ACTOR, name));
            return Optional.of(new RegisterCommand.Step(stamp, number.get(), transition));
        });
    }

    /** The file's format, and its list {@code field}: each element's experiment number read with the profile's numbering, then its own fields. */
    private static Result<List<FileStep<RegisterCommand>>> read(LocatedDocument document, String format, String command,
                                                                                  String field, ExperimentNumbering numbering,
                                                                                  BiFunction<ObjectFields, Optional<ExperimentNumber>,
                                                                                      Optional<RegisterCommand>> element) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        root.requiredText("format").filter(f -> !f.equals(format)).ifPresent(f -> context.problem(root.pathOf("format"), "input.format-marker",
            "onbekend formaat '" + f + "'; 'atelier experiment " + command + "' leest " + format,
            "unknown format '" + f + "'; 'atelier experiment " + command + "' reads " + format));
        if (!root.has(field)) {
            context.problem(root.pathOf(field), "input.missing-field", "verplicht veld '" + field + "' ontbreekt (minstens één)",
                "required field '" + field + "' is missing (at least one)");
        }
        List<FileStep<RegisterCommand>> steps = root.list(field, (node, path) -> {
            ObjectFields f = ObjectFields.of(context, node, path);
            if (node == null || !node.isObject()) {
                context.problem(path, "input.wrong-type", "elk element van '" + field + "' is een object dat zijn 'experiment' noemt",
                    "each of '" + field + "' is an object naming its 'experiment'");
                return Optional.empty();
            }
            Optional<ExperimentNumber> number = f.requiredText("experiment").flatMap(text -> numbering.parse(text).fold(problems -> {
                context.problem(f.pathOf("experiment"), Mistake.of("input.code-invalid", problems));
                return Optional.<ExperimentNumber>empty();
            }, Optional::of));
            Optional<RegisterCommand> command1 = element.apply(f, number);
            f.done();
            return command1.map(c -> new FileStep<>(c, path));
        });
        root.done();
        return context.result("", () -> steps);
    }
}
