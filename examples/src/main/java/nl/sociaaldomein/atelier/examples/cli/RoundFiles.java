package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;

/**
 * The files the round commands read (docs/cli.md, "Rounds"), each a list of the round's commands
 * with the place in the file each one comes from. The parts have the round file's shapes
 * (docs/round-format.md): scores as its {@code scores}, decisions as its {@code decisions}, an
 * initiative as the portfolio format's. Every problem is said with its place, all at once; a file
 * with one yields no command.
 */
final class RoundFiles {

    static final String SCORES = "atelier-round-scores/1";
    static final String DECISIONS = "atelier-round-decisions/1";
    static final String OBJECTION = "atelier-round-objection/1";
    /** Who the journal says gave a command whose file does not say. */
    static final String ACTOR = "atelier round";

    private static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String kind : List.of("granted", "referred", "in-kind", "deferred", "rejected", "withdrawn")) {
            kinds.put(kind, kind);
        }
        return kinds;
    }

    private RoundFiles() {
    }

    /**
     * A portfolio file (format {@code atelier-portfolio/1}): each initiative submitted on its own
     * {@code submissionDate}, which intake needs, in file order.
     */
    static Result<List<FileStep<RoundCommand>>> submissions(LocatedDocument document, String source) {
        Result<Portfolio> read = PortfolioReader.read(document);
        if (read.isFailed()) {
            return Result.failed(read.problems());
        }
        List<Problem> problems = new ArrayList<>();
        List<FileStep<RoundCommand>> steps = new ArrayList<>();
        List<Initiative> initiatives = read.orElseThrow().initiatives();
        if (initiatives.isEmpty()) {
            problems.add(document.problemAt("/initiatives", "input.missing-field", "niets in te dienen: het bestand bevat geen initiatief",
                "nothing to submit: the file holds no initiative"));
        }
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative initiative = initiatives.get(i);
            String pointer = "/initiatives/" + i;
            if (initiative.submissionDate().isEmpty()) {
                problems.add(document.problemAt(pointer, "input.missing-field", "initiatief " + initiative.id() + ": een indiening heeft een "
                    + "'submissionDate' nodig (de intake toetst die aan de fasen van de oproep)", "initiative " + initiative.id()
                    + ": a submission needs its 'submissionDate' (intake checks it against the call's phases)"));
                continue;
            }
            steps.add(new FileStep<>(new RoundCommand.Submit(Stamp.on(initiative.submissionDate().get(), ACTOR, source), initiative), pointer));
        }
        return problems.isEmpty() ? Result.ok(steps) : Result.failed(FileProblem.inFileOrder(problems));
    }

    /**
     * Format {@value #SCORES}: {@code date} (optional: the day the scores were given) and
     * {@code scores}, the round file's {@code {assessor, initiative, criterion, score}}; one
     * command per assessor and initiative, in the order they first appear.
     */
    static Result<List<FileStep<RoundCommand>>> scores(LocatedDocument document, String source) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        format(context, root, SCORES, "round score");
        Optional<LocalDate> date = root.date("date");
        required(context, root, "scores", "minstens één score", "at least one score");
        record Score(String assessor, String initiative, String criterion, int score, String pointer) {
        }
        List<Score> scores = root.list("scores", (element, path) -> {
            ObjectFields f = ObjectFields.of(context, element, path);
            if (element == null || !element.isObject()) {
                context.problem(path, "input.wrong-type", "een score is {assessor, initiative, criterion, score}", "a score is {assessor, initiative, criterion, score}");
                return Optional.empty();
            }
            Optional<String> assessor = f.requiredText("assessor");
            Optional<String> initiative = f.requiredText("initiative");
            Optional<String> criterion = f.requiredText("criterion");
            Optional<Long> score = f.wholeNumber("score");
            if (!f.has("score")) {
                context.missing(f.pathOf("score"), "score");
            }
            f.done();
            if (score.isPresent() && (score.get() > Integer.MAX_VALUE || score.get() < Integer.MIN_VALUE)) {
                context.problem(f.pathOf("score"), "input.out-of-range", "geen score op welke schaal dan ook: " + score.get(),
                    "not a score on any scale: " + score.get());
                return Optional.empty();
            }
            return assessor.isPresent() && initiative.isPresent() && criterion.isPresent() && score.isPresent()
                ? Optional.of(new Score(assessor.get(), initiative.get(), criterion.get(), score.get().intValue(), path)) : Optional.empty();
        });
        root.done();
        return context.result("", () -> {
            Map<List<String>, Map<String, Integer>> sheets = new LinkedHashMap<>();
            Map<List<String>, String> pointers = new LinkedHashMap<>();
            for (Score s : scores) {
                List<String> key = List.of(s.assessor(), s.initiative());
                sheets.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(s.criterion(), s.score());
                pointers.putIfAbsent(key, s.pointer());
            }
            List<FileStep<RoundCommand>> steps = new ArrayList<>();
            sheets.forEach((key, sheet) -> steps.add(new FileStep<>(new RoundCommand.RecordScores(stamp(date, key.get(0), source),
                key.get(0), key.get(1), sheet), pointers.get(key))));
            return steps;
        });
    }

    /**
     * Format {@value #DECISIONS}: the round file's {@code decisions} block at the top level
     * ({@code date}, {@code decidedBy}, {@code outcomes}; reservations are not read here), one
     * command that posts the grants on {@code date}.
     */
    static Result<List<FileStep<RoundCommand>>> decisions(LocatedDocument document, String source, String callPot) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        format(context, root, DECISIONS, "round decide");
        Optional<LocalDate> date = root.requiredDate("date");
        Optional<Text> decidedBy = text(context, root, "decidedBy");
        required(context, root, "outcomes", "één per beslist initiatief", "one per initiative decided");
        List<PlannedDecision> outcomes = root.objects("outcomes", f -> {
            Optional<String> initiative = f.requiredText("initiative");
            Optional<PlannedDecision> decision = initiative.flatMap(id -> outcome(f, id, callPot));
            f.done();
            return decision;
        });
        root.done();
        return context.result("", () -> List.of(new FileStep<>(new RoundCommand.DecideAsCommittee(Stamp.on(date.get(), ACTOR, source),
            decidedBy.get(), outcomes, List.of()), "/outcomes")));
    }

    /**
     * Format {@value #OBJECTION}: an objection (bezwaar) to one initiative's decision, filed on
     * {@code filed} with its {@code grounds}; with {@code outcome} it is decided on {@code decided}
     * too: {@code rejected} (the decision stands) or {@code upheld} with the revised {@code decision}
     * (an outcome of the decisions format, without {@code initiative}), both with a {@code motivation}.
     */
    static Result<List<FileStep<RoundCommand>>> objection(LocatedDocument document, String source, String callPot) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        format(context, root, OBJECTION, "round object");
        Optional<String> initiative = root.requiredText("initiative");
        Optional<LocalDate> filed = root.date("filed");
        Optional<String> grounds = root.text("grounds");
        Optional<String> outcome = root.choice("outcome", Map.of("upheld", "upheld", "rejected", "rejected"));
        Optional<LocalDate> decided = root.date("decided");
        Optional<Text> motivation = root.has("motivation") ? text(context, root, "motivation") : Optional.empty();
        Optional<PlannedDecision> revised = root.object("decision").flatMap(f -> {
            Optional<PlannedDecision> d = initiative.flatMap(id -> outcome(f, id, callPot));
            f.done();
            return d;
        });
        if (root.has("filed") != root.has("grounds")) {
            context.problem(root.pathOf(root.has("filed") ? "grounds" : "filed"), "input.missing-field",
                "een bezwaar wordt ingediend met zowel 'filed' (de dag) als 'grounds' (de gronden)",
                "an objection is filed with both 'filed' (the day) and 'grounds'");
        }
        if (!root.has("filed") && !root.has("outcome")) {
            context.problem("", "input.missing-field", "zeg wat er gebeurde: het bezwaar ingediend ('filed', 'grounds'), beslist "
                + "('outcome', 'decided', 'motivation'), of allebei", "say what happened: the objection filed ('filed', 'grounds'), decided "
                + "('outcome', 'decided', 'motivation'), or both");
        }
        if (root.has("outcome")) {
            for (String field : List.of("decided", "motivation")) {
                if (!root.has(field)) {
                    context.problem(root.pathOf(field), "input.missing-field", "verplicht veld '" + field + "' ontbreekt (een beslist "
                        + "bezwaar heeft een dag en een motivering)", "required field '" + field + "' is missing (an objection decided has "
                        + "its day and its motivation)");
                }
            }
        }
        if (outcome.filter("upheld"::equals).isPresent() && !root.has("decision")) {
            context.problem(root.pathOf("decision"), "input.missing-field", "verplicht veld 'decision' ontbreekt (een gegrond bezwaar "
                + "heeft het herziene besluit)", "required field 'decision' is missing (an objection upheld has the revised decision)");
        }
        if (outcome.filter("rejected"::equals).isPresent() && root.has("decision")) {
            context.problem(root.pathOf("decision"), "input.not-allowed", "bij een ongegrond bezwaar blijft het besluit staan: laat 'decision' weg",
                "an objection rejected keeps the decision: leave 'decision' out");
        }
        root.done();
        return context.result("", () -> {
            List<FileStep<RoundCommand>> steps = new ArrayList<>();
            String id = initiative.get();
            if (filed.isPresent()) {
                steps.add(new FileStep<>(new RoundCommand.FileObjection(Stamp.on(filed.get(), ACTOR, source), id, grounds.get()), "/filed"));
            }
            if (outcome.isPresent()) {
                Stamp stamp = Stamp.on(decided.get(), ACTOR, source);
                steps.add(new FileStep<>(outcome.get().equals("upheld")
                    ? new RoundCommand.UpholdObjection(stamp, id, revised.get(), motivation.get())
                    : new RoundCommand.RejectObjection(stamp, id, motivation.get()), "/outcome"));
            }
            return steps;
        });
    }

    /** One decision of the round file's kinds, for {@code initiative}; empty when a field is wrong (each said). */
    private static Optional<PlannedDecision> outcome(ObjectFields f, String initiative, String callPot) {
        Optional<String> kind = f.requiredChoice("decision", KINDS);
        f.text("note");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        switch (kind.get()) {
            case "granted": {
                Optional<Money> amount = f.requiredMoney("amount");
                String pot = f.text("pot").orElse(callPot);
                List<String> conditions = f.texts("conditions");
                return amount.map(a -> new PlannedDecision.Granted(initiative, Map.of(pot, a), conditions));
            }
            case "referred":
                return f.requiredText("partner").map(p -> new PlannedDecision.Referred(initiative, p));
            case "in-kind":
                return f.requiredText("support").map(s -> new PlannedDecision.InKind(initiative, s));
            case "deferred":
                return Optional.of(new PlannedDecision.Deferred(initiative, f.money("reservation")));
            case "rejected": {
                List<String> reasons = f.texts("reasons");
                if (reasons.isEmpty()) {
                    f.context().problem(f.pathOf("reasons"), "input.missing-field", "een afwijzing heeft redenen (minstens één tekst)",
                        "a rejection has its reasons (at least one text)");
                    return Optional.empty();
                }
                return Optional.of(new PlannedDecision.Rejected(initiative, reasons));
            }
            default:
                return Optional.of(new PlannedDecision.Withdrawn(initiative));
        }
    }

    private static void format(ReadContext context, ObjectFields root, String expected, String command) {
        root.requiredText("format").filter(f -> !f.equals(expected)).ifPresent(f -> context.problem(root.pathOf("format"), "input.format-marker",
            "onbekend formaat '" + f + "'; 'atelier " + command + "' leest " + expected, "unknown format '" + f + "'; 'atelier " + command + "' reads " + expected));
    }

    private static void required(ReadContext context, ObjectFields root, String field, String whatNl, String what) {
        if (!root.has(field)) {
            context.problem(root.pathOf(field), "input.missing-field", "verplicht veld '" + field + "' ontbreekt (" + whatNl + ")",
                "required field '" + field + "' is missing (" + what + ")");
        }
    }

    /** A text in both languages, {@code {nl, en}} ({@code en} optional: the Dutch then), as the round file's {@code decidedBy}. */
    private static Optional<Text> text(ReadContext context, ObjectFields root, String field) {
        Optional<ObjectFields> given = root.requiredObject(field);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> nl = given.get().requiredText("nl");
        Optional<String> en = given.get().text("en");
        given.get().done();
        return nl.map(n -> Text.of(n, en.orElse(n)));
    }

    private static Stamp stamp(Optional<LocalDate> date, String actor, String source) {
        return date.map(d -> Stamp.on(d, actor, source)).orElseGet(() -> Stamp.undated(actor, source));
    }
}
