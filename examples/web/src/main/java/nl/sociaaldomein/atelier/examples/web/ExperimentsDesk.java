package nl.sociaaldomein.atelier.examples.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewDue;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.ExperimentRegisterReader;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.profile.groningen.GroningenRound2016;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterScript;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.spring.autoconfigure.RegisterCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Groningen's experiments register (the projects of the meedoen letter of early 2017 that the
 * letter dates), kept as commands through the starter's {@link RegisterCommands} in the journal
 * the ledger keeps: at first start the shipped register file is entered as the commands that make
 * it ({@link RegisterScript}), later starts rebuild it from the journal. Then a user registers an
 * experiment, measures a KPI, records a review and steps an experiment through its lifecycle.
 * The input is checked first (every mistake named at once, with its field), then the register
 * checks the command against what it has recorded; a refusal is a {@link ProblemException} with
 * the register's stable code ({@code register.transition-refused}) and nothing is recorded.
 *
 * <p>The register speaks, from the sources, for its report date (31-03-2017): a command here is
 * dated after it, so the register as of that day, and the reports made of it, stay as the sources
 * give them.
 */
@Service
public class ExperimentsDesk {

    static final String RESOURCE = "meedoen-2017.yaml";
    static final String REGISTER_ID = "groningen-meedoen-2017";
    private static final String FIRST_START = "atelier-web";
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentsDesk.class);
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final JsonExperimentEventCodec TYPES = new JsonExperimentEventCodec();
    private static final Map<String, ReviewVerdict> VERDICTS = Map.of("continue", ReviewVerdict.CONTINUE, "adjust", ReviewVerdict.ADJUST,
        "extend", ReviewVerdict.EXTEND, "make-regular", ReviewVerdict.MAKE_REGULAR, "stop", ReviewVerdict.STOP);
    static final List<String> VERDICT_NAMES = List.of("continue", "adjust", "extend", "make-regular", "stop");
    static final List<String> STEPS = List.of("start", "extend", "decide-regular", "make-regular", "complete", "stop");

    private final LoadedProfile profile;
    private final RegisterCommands registers;
    private final RegisterService service;
    private final LocalDate reportDate;

    public ExperimentsDesk(LoadedProfile profile, RegisterCommands registers) {
        this.profile = profile;
        this.registers = registers;
        ExperimentRegisterReader reader = profile.registerReader().orElseThrow(() -> new IllegalStateException(
            "profile " + profile.id() + " does not say how its experiment register is worded"));
        ExperimentRegister shipped = reader.forProfileData().read(RESOURCE, BundledResource.bytes(GroningenRound2016.class, RESOURCE), InputFormat.YAML)
            .getOrElseThrow(problems -> new IllegalStateException("the shipped " + RESOURCE + " does not read: " + problems));
        this.reportDate = shipped.reportDate().orElseThrow();
        this.service = registers.register(new RegisterSetup(REGISTER_ID, shipped.source(), shipped.yearColumns(), shipped.provenance()));
        if (service.events().isEmpty()) {
            List<RegisterCommand> script = RegisterScript.of(shipped, FIRST_START);
            script.forEach(command -> registers.handle(service, command));
            LOG.info("first start: the experiments register {} is entered from {} ({} commands)", REGISTER_ID, RESOURCE, script.size());
        }
    }

    /** What a command recorded: the register, the experiment it concerns, its events' types and when. */
    public record Done(String registerId, String number, List<String> events, Instant recordedAt) {
    }

    /** The register as of the end of {@code day}, as known now. */
    public ExperimentRegister registerOn(LocalDate day) {
        return service.register(day, null);
    }

    /** The day the sources' register speaks for: its report date. */
    public LocalDate reportDate() {
        return reportDate;
    }

    /** The day the register is shown for unless another is asked: the latest of its report date and the days recorded since. */
    public LocalDate latestDay() {
        LocalDate latest = reportDate;
        for (Recorded<ExperimentEvent> r : service.events()) {
            Optional<LocalDate> on = r.event().stamp().on();
            if (on.isPresent() && on.get().isAfter(latest)) {
                latest = on.get();
            }
        }
        return latest;
    }

    public List<Experiment> experiments(LocalDate day) {
        return registerOn(day).experiments();
    }

    public List<ReviewDue> reviewsDue(LocalDate day) {
        return registerOn(day).reviewsDue(day, profile.reviewCadence());
    }

    public String number(Experiment experiment) {
        return profile.experimentNumbering().format(experiment.number());
    }

    /** The register's dossier for the reports, as of {@code asOf}. */
    public Dossier dossier(LocalDate asOf) {
        ExperimentRegister register = registerOn(asOf);
        return Dossier.builder()
            .provenance(register.provenance())
            .municipality(profile.municipality())
            .source(register.source().file() + ": \"" + register.source().quote() + "\"")
            .asOf(asOf)
            .register(register)
            .build();
    }

    public Done register(ExperimentInput.Registration in, String actor) {
        List<Problem> problems = new ArrayList<>();
        Optional<ExperimentNumber> number = Optional.empty();
        if (in.number() == null || in.number().isBlank()) {
            problems.add(Problem.invalid("input.missing", LedgerDesk.field("/number"), "geef een nummer op", "give a number"));
        } else {
            number = profile.experimentNumbering().parse(in.number().strip()).fold(why -> {
                problems.add(Problem.invalid("input.number-invalid", LedgerDesk.field("/number"), "geen nummer: " + why + " (bijvoorbeeld "
                    + profile.experimentNumbering().describe() + ")", "not a number: " + why));
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
        return done(number.get(), new RegisterCommand.Register(Stamp.on(day, actor, "experiment ingeschreven"), planned));
    }

    public Done measure(String numberText, ExperimentInput.Measurement in, String actor) {
        ExperimentNumber number = known(numberText);
        List<Problem> problems = new ArrayList<>();
        String kpi = TrialDesk.text(in.kpi(), "/kpi", "de naam van de KPI", "the KPI's name", 200, problems);
        long value = count(in.value(), "/value", true, problems);
        LocalDate day = day(in.date(), problems);
        PartialDate measured = in.measuredOn() == null || in.measuredOn().isBlank() ? PartialDate.of(day)
            : partial(in.measuredOn(), "/measuredOn", true, problems);
        String source = TrialDesk.text(in.source(), "/source", "waar het cijfer vandaan komt", "where the figure comes from", 500, problems);
        Optional<String> note = optional(in.note(), "/note", 500, problems);
        failOn(problems);
        return done(number, new RegisterCommand.Measure(Stamp.on(day, actor, "meting"), number, kpi,
            new Measurement(measured, value, note), source));
    }

    public Done review(String numberText, ExperimentInput.Review in, String actor) {
        ExperimentNumber number = known(numberText);
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
        return done(number, new RegisterCommand.RecordReview(Stamp.on(day, actor, "beoordeling"), number, review,
            Boolean.TRUE.equals(in.decides())));
    }

    public Done step(String numberText, ExperimentInput.Step in, String actor) {
        ExperimentNumber number = known(numberText);
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
        return done(number, new RegisterCommand.Step(Stamp.on(day, actor, "stap " + kind), number, transition));
    }

    private Done done(ExperimentNumber number, RegisterCommand command) {
        List<Recorded<ExperimentEvent>> recorded = registers.handle(service, command);
        return new Done(REGISTER_ID, profile.experimentNumbering().format(number), recorded.stream().map(r -> TYPES.type(r.event())).toList(),
            recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).recordedAt());
    }

    /** The experiment named in a request: a number that does not read in the profile's scheme names no experiment here (404). */
    private ExperimentNumber known(String text) {
        String given = text == null ? "" : text.strip();
        return profile.experimentNumbering().parse(given).getOrElseThrow(why -> new ProblemException(List.of(Problem.notFound(
            "register.unknown-experiment", Place.about("experiment", given), "experiment '" + given + "' staat niet in register " + REGISTER_ID,
            "experiment '" + given + "' is not in register " + REGISTER_ID))));
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
        return PartialDate.parse(text.strip()).getOrElseGet(why -> {
            problems.add(Problem.invalid("input.date-invalid", LedgerDesk.field(path), "geen datum: '" + shown
                + "' (bijvoorbeeld 01-11-2017, november 2017 of 2017)", "not a date: '" + shown + "' (" + why + ")"));
            return PartialDate.unknown();
        });
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
