package nl.sociaaldomein.atelier.examples.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentNumbering;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.register.RegisterCommand;

/**
 * What a user sends to the experiments register ({@link ExperimentInput}) read into the register's
 * commands: every mistake named at once with its JSON path ({@code /kpis/0/target}), in Dutch and
 * English, or the command. The vocabulary is the command line's ({@code atelier experiment step}):
 * verdicts {@code continue}, {@code adjust}, {@code extend}, {@code make-regular}, {@code stop};
 * steps {@code start}, {@code extend}, {@code decide-regular}, {@code make-regular},
 * {@code complete}, {@code stop}. A command is dated after the register's report date, the last
 * day the sources speak for.
 */
final class ExperimentCommandReader {

    static final List<String> VERDICT_NAMES = List.of("continue", "adjust", "extend", "make-regular", "stop");
    static final List<String> STEPS = List.of("start", "extend", "decide-regular", "make-regular", "complete", "stop");
    private static final Map<String, ReviewVerdict> VERDICTS = Map.of("continue", ReviewVerdict.CONTINUE, "adjust", ReviewVerdict.ADJUST,
        "extend", ReviewVerdict.EXTEND, "make-regular", ReviewVerdict.MAKE_REGULAR, "stop", ReviewVerdict.STOP);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private final ExperimentNumbering numbering;
    private final LocalDate reportDate;

    ExperimentCommandReader(ExperimentNumbering numbering, LocalDate reportDate) {
        this.numbering = numbering;
        this.reportDate = reportDate;
    }

    RegisterCommand.Register registration(ExperimentInput.Registration in, String actor) {
        List<Problem> problems = new ArrayList<>();
        Optional<ExperimentNumber> number = Optional.empty();
        if (in.number() == null || in.number().isBlank()) {
            problems.add(Problem.invalid("input.missing", LedgerDesk.field("/number"), "geef een nummer op", "give a number"));
        } else {
            number = numbering.parse(in.number().strip()).fold(refused -> {
                // The numbering's own coded problem (experiment.number-invalid), placed at the request's field.
                refused.forEach(p -> problems.add(new Problem(p.code(), p.kind(), LedgerDesk.field("/number"), p.message())));
                return Optional.<ExperimentNumber>empty();
            }, Optional::of);
        }
        String name = TrialDesk.text(in.name(), "/name", "een naam", "a name", 200, problems);
        Optional<String> goal = optional(in.goal(), "/goal", 2000, problems);
        Optional<String> owner = optional(in.owner(), "/owner", 200, problems);
        PartialDate start = partial(in.start(), "/start", true, problems);
        PartialDate end = partial(in.plannedEnd(), "/plannedEnd", false, problems);
        LocalDate day = day(in.date(), problems);
        List<Kpi> kpis = new ArrayList<>();
        List<ExperimentInput.Kpi> given = in.kpis() == null ? List.of() : in.kpis();
        for (int i = 0; i < given.size(); i++) {
            ExperimentInput.Kpi k = given.get(i);
            String path = "/kpis/" + i;
            if (k == null) {
                problems.add(Problem.invalid("input.missing", LedgerDesk.field(path), "geef een KPI op", "give a KPI"));
                continue;
            }
            String kpiName = TrialDesk.text(k.name(), path + "/name", "de naam van de KPI", "the KPI's name", 200, problems);
            long target = count(k.target(), path + "/target", false, problems);
            PartialDate deadline = k.deadline() == null || k.deadline().isBlank() ? end : partial(k.deadline(), path + "/deadline", true, problems);
            if (!deadline.isKnown()) {
                problems.add(Problem.invalid("input.deadline-missing", LedgerDesk.field(path + "/deadline"),
                    "een KPI heeft een einddatum: geef die op, of een gepland einde van het experiment",
                    "a KPI has a deadline: give one, or a planned end of the experiment"));
            } else if (start.isKnown() && deadline.latest().orElseThrow().isBefore(start.earliest().orElseThrow())) {
                problems.add(Problem.invalid("input.deadline-before-start", LedgerDesk.field(path + "/deadline"),
                    "de einddatum ligt vóór de start van het experiment", "the deadline is before the experiment's start"));
            } else if (!kpiName.isEmpty() && target > 0 && start.isKnown()) {
                kpis.add(Kpi.of(kpiName, target, start, deadline));
            }
        }
        failOn(problems);
        Experiment planned = Experiment.builder().number(number.orElseThrow()).name(name).goal(goal).owner(owner).start(start).plannedEnd(end)
            .kpis(kpis).build();
        return new RegisterCommand.Register(Stamp.on(day, actor, "experiment ingeschreven"), planned);
    }

    RegisterCommand.Measure measurement(ExperimentNumber number, ExperimentInput.Measurement in, String actor) {
        List<Problem> problems = new ArrayList<>();
        String kpi = TrialDesk.text(in.kpi(), "/kpi", "de naam van de KPI", "the KPI's name", 200, problems);
        long value = count(in.value(), "/value", true, problems);
        LocalDate day = day(in.date(), problems);
        PartialDate measured = in.measuredOn() == null || in.measuredOn().isBlank() ? PartialDate.of(day)
            : partial(in.measuredOn(), "/measuredOn", true, problems);
        String source = TrialDesk.text(in.source(), "/source", "waar het cijfer vandaan komt", "where the figure comes from", 500, problems);
        Optional<String> note = optional(in.note(), "/note", 500, problems);
        failOn(problems);
        return new RegisterCommand.Measure(Stamp.on(day, actor, "meting"), number, kpi,
            new Measurement(measured, value, note), source);
    }

    RegisterCommand.RecordReview review(ExperimentNumber number, ExperimentInput.Review in, String actor) {
        List<Problem> problems = new ArrayList<>();
        String chosen = in.verdict() == null ? "" : in.verdict().strip();
        ReviewVerdict verdict = VERDICTS.get(chosen);
        if (verdict == null) {
            problems.add(Problem.invalid("input.verdict-invalid", LedgerDesk.field("/verdict"),
                "de uitkomst is " + String.join(", ", VERDICT_NAMES), "the verdict is " + String.join(", ", VERDICT_NAMES)));
        }
        String reason = TrialDesk.text(in.reason(), "/reason", "een reden", "a reason", 500, problems);
        Optional<String> by = optional(in.by(), "/by", 200, problems);
        PartialDate newEnd = newEnd(in.newEnd(), verdict == null ? null : verdict == ReviewVerdict.EXTEND, "de uitkomst 'extend'",
            "the verdict 'extend'", problems);
        LocalDate day = day(in.date(), problems);
        failOn(problems);
        Review review = new Review(day, verdict, reason, by, verdict == ReviewVerdict.EXTEND ? Optional.of(newEnd) : Optional.empty());
        return new RegisterCommand.RecordReview(Stamp.on(day, actor, "beoordeling"), number, review,
            Boolean.TRUE.equals(in.decides()));
    }

    RegisterCommand.Step step(ExperimentNumber number, ExperimentInput.Step in, String actor) {
        List<Problem> problems = new ArrayList<>();
        String kind = in.step() == null ? "" : in.step().strip();
        if (!STEPS.contains(kind)) {
            problems.add(Problem.invalid("input.step-invalid", LedgerDesk.field("/step"), "de stap is " + String.join(", ", STEPS),
                "the step is " + String.join(", ", STEPS)));
        }
        PartialDate newEnd = newEnd(in.newEnd(), STEPS.contains(kind) ? kind.equals("extend") : null, "de stap 'extend'",
            "the step 'extend'", problems);
        LocalDate day = day(in.date(), problems);
        failOn(problems);
        PartialDate on = PartialDate.of(day);
        Transition transition = switch (kind) {
            case "start" -> new Transition.Start(on, Optional.empty());
            case "extend" -> new Transition.Extend(on, newEnd, Optional.empty());
            case "decide-regular" -> new Transition.DecideRegular(on, Optional.empty());
            case "make-regular" -> new Transition.MakeRegular(on, Optional.empty());
            case "complete" -> new Transition.Complete(on, Optional.empty());
            default -> new Transition.Stop(on, Optional.empty());
        };
        return new RegisterCommand.Step(Stamp.on(day, actor, "stap " + kind), number, transition);
    }

    /** The command's day: a day after the register's report date, for which the sources speak. */
    private LocalDate day(String text, List<Problem> problems) {
        LocalDate day = LedgerDesk.date(text, "/date", problems);
        if (!day.equals(LocalDate.MIN) && !day.isAfter(reportDate)) {
            problems.add(Problem.invalid("input.date-not-after-report-date", LedgerDesk.field("/date"), "het register spreekt tot en met "
                + reportDate.format(DUTCH_DATE) + " zoals de bronnen het geven: geef een datum daarna", "the register speaks as the sources give it up to "
                + reportDate.format(DUTCH_DATE) + ": give a later date"));
        }
        return day;
    }

    RegisterCommand.CorrectRow correction(ExperimentNumber number, ExperimentInput.Correction in, String actor) {
        List<Problem> problems = new ArrayList<>();
        String start = optional(in.start(), "/start", 100, problems).orElse("");
        String end = optional(in.end(), "/end", 100, problems).orElse("");
        String outcome = TrialDesk.text(in.outcome(), "/outcome", "de uitkomst zoals die gepubliceerd wordt", "the outcome as it is to be published",
            200, problems);
        List<Integer> years = in.yearsMarked() == null ? List.of() : in.yearsMarked();
        for (int i = 0; i < years.size(); i++) {
            Integer year = years.get(i);
            if (year == null || year < 1900 || year > 2999) {
                problems.add(Problem.invalid("input.year-invalid", LedgerDesk.field("/yearsMarked/" + i), "geen jaartal: " + year,
                    "not a year: " + year));
            }
        }
        LocalDate day = day(in.date(), problems);
        failOn(problems);
        return new RegisterCommand.CorrectRow(Stamp.on(day, actor, "rij gecorrigeerd"), number,
            new PublishedRow(numbering.format(number), years, start, end, outcome));
    }

    /** A new end, for an extension only; when the verdict or step is not one of the known ones, only whether it reads is said. */
    private static PartialDate newEnd(String text, Boolean extension, String nl, String en, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return PartialDate.unknown();
        }
        if (Boolean.FALSE.equals(extension)) {
            problems.add(Problem.invalid("input.new-end-not-allowed", LedgerDesk.field("/newEnd"), "een nieuw einde hoort alleen bij " + nl,
                "a new end belongs to " + en + " only"));
            return PartialDate.unknown();
        }
        return partial(text, "/newEnd", true, problems);
    }

    private static PartialDate partial(String text, String path, boolean required, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(Problem.invalid("input.date-missing", LedgerDesk.field(path), "geef een datum op (een dag, maand of jaar)",
                    "give a date (a day, month or year)"));
            }
            return PartialDate.unknown();
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return PartialDate.parse(text.strip()).fold(why -> {
            problems.add(Problem.invalid("input.date-invalid", LedgerDesk.field(path), "geen datum: '" + shown
                + "' (bijvoorbeeld 01-11-2017, november 2017 of 2017)", "not a date: '" + shown + "' ("
                + why.get(0).message(java.util.Locale.ENGLISH) + ")"));
            return PartialDate.unknown();
        }, date -> date);
    }

    /** A whole count; a measurement may be 0, a target not. */
    private static long count(String text, String path, boolean zeroAllowed, List<Problem> problems) {
        String given = text == null ? "" : text.strip();
        long value = -1;
        try {
            value = Long.parseLong(given);
        } catch (NumberFormatException e) {
            // named below
        }
        if (value < 0 || (!zeroAllowed && value == 0)) {
            String shown = given.length() > 40 ? given.substring(0, 40) + "…" : given;
            String least = zeroAllowed ? "0" : "1";
            problems.add(Problem.invalid("input.count-invalid", LedgerDesk.field(path), "geen geheel aantal van " + least + " of meer: '" + shown + "'",
                "not a whole count of " + least + " or more: '" + shown + "'"));
            return 0;
        }
        return value;
    }

    private static Optional<String> optional(String text, String path, int max, List<Problem> problems) {
        String given = text == null ? "" : text.strip();
        if (given.length() > max) {
            problems.add(Problem.invalid("input.too-long", LedgerDesk.field(path), "hoogstens " + max + " tekens", "at most " + max + " characters"));
        }
        return given.isEmpty() ? Optional.empty() : Optional.of(given);
    }

    private static void failOn(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
    }
}
