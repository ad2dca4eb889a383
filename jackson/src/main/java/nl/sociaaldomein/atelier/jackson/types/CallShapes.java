package nl.sociaaldomein.atelier.jackson.types;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.AboveMaximum;
import nl.sociaaldomein.atelier.call.BudgetEffect;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionBook;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.FundingHistory;
import nl.sociaaldomein.atelier.call.ImmutableCall;
import nl.sociaaldomein.atelier.call.Motivation;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.jackson.shape.Variants;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Calls and decisions. A decision is an object whose {@code kind} names it ({@code granted},
 * {@code referred}, {@code in-kind}, {@code deferred}, {@code rejected}, {@code withdrawn}), then
 * the initiative, the kind's own fields and the motivation: the assessment, the deciding rule and
 * the budget effect. Pot amounts are objects keyed by pot id, sorted.
 */
public final class CallShapes {

    /** A phase as its code, {@code "open-for-ideas"}. */
    public static final Shape<Phase> PHASE = Basic.code(Phase.class);

    /** A decision kind as its code, {@code "in-kind"}. */
    public static final Shape<DecisionKind> DECISION_KIND = Basic.code(DecisionKind.class);

    /** What happens above the maximum: {@code "refuse"} or {@code "grant-maximum"}. */
    public static final Shape<AboveMaximum> ABOVE_MAXIMUM = Basic.code(AboveMaximum.class);

    /** {@code {"phase": "pitch-event", "start": "2016-04-07", "end": "2016-04-07"}}. */
    public static final ObjectShape<PhaseWindow> PHASE_WINDOW = Shape.object(PhaseWindow.class, (w, out) -> {
        out.field("phase", w.phase(), PHASE);
        out.field("start", w.start());
        out.field("end", w.end());
    }, in -> {
        Phase phase = in.get("phase", PHASE);
        LocalDate start = in.get("start", Basic.DAY);
        LocalDate end = in.get("end", Basic.DAY);
        return in.build(() -> PhaseWindow.of(phase, start, end));
    });

    /** {@code {"granted": {"wmo-2016": Money}, "reserved": {}}}. */
    public static final ObjectShape<BudgetEffect> BUDGET_EFFECT = Shape.object(BudgetEffect.class, (e, out) -> {
        out.sortedMap("granted", e.granted(), MoneyShape.MONEY);
        out.sortedMap("reserved", e.reserved(), MoneyShape.MONEY);
    }, in -> {
        Map<String, Money> granted = in.map("granted", MoneyShape.MONEY);
        Map<String, Money> reserved = in.map("reserved", MoneyShape.MONEY);
        return in.build(() -> new BudgetEffect(granted, reserved));
    });

    /** A call with its phases, conditions and limits. */
    public static final ObjectShape<Call> CALL = Shape.object(Call.class, (c, out) -> {
        out.field("id", c.id());
        out.field("municipality", c.municipality(), InitiativeShapes.MUNICIPALITY);
        out.field("name", c.name());
        out.field("potId", c.potId());
        out.list("phases", c.phases(), PHASE_WINDOW);
        out.list("intakeChannels", sorted(c.intakeChannels().stream().map(IntakeChannel::code).toList()), Basic.STRING);
        out.list("applicantKinds", sorted(c.applicantKinds()), Basic.STRING);
        out.list("themes", sorted(c.themes()), Basic.STRING);
        out.field("minimumAmount", c.minimumAmount(), MoneyShape.MONEY);
        out.field("maximumAmount", c.maximumAmount(), MoneyShape.MONEY);
        out.field("aboveMaximum", c.aboveMaximum(), ABOVE_MAXIMUM);
        out.field("oneOff", c.oneOff());
    }, CallShapes::call);

    /** How a step of a decision book came about, as its code: {@code decided}, {@code revised}, {@code reopened}. */
    public static final Shape<DecisionBook.EntryKind> ENTRY_KIND = Basic.code(DecisionBook.EntryKind.class);

    private final ObjectShape<Motivation> motivation;
    private final Variants<Decision> decision;
    private final ObjectShape<DecisionBook.Entry> bookEntry;
    private final ObjectShape<Round> round;
    private final ObjectShape<AssessmentResult> assessment;

    /**
     * The shapes of decisions, whose motivations hold assessments.
     *
     * @param assessments the assessments' shapes
     */
    public CallShapes(AssessmentShapes assessments) {
        ObjectShape<AssessmentResult> assessment = assessments.result();
        this.motivation = Shape.object(Motivation.class, (m, out) -> {
            out.field("assessment", m.assessment(), assessment);
            out.field("decidingRule", m.decidingRule(), TextShape.TEXT);
            out.field("budgetEffect", m.budgetEffect(), BUDGET_EFFECT);
        }, in -> {
            AssessmentResult a = in.get("assessment", assessment);
            Text rule = in.get("decidingRule", TextShape.TEXT);
            BudgetEffect effect = in.get("budgetEffect", BUDGET_EFFECT);
            return in.build(() -> new Motivation(a, rule, effect));
        });
        this.decision = Variants.of(Decision.class, "kind")
            .with("granted", Decision.Granted.class, Shape.object(Decision.Granted.class, (d, out) -> {
                out.field("initiativeId", d.initiativeId());
                out.sortedMap("amounts", d.amounts(), MoneyShape.MONEY);
                out.list("conditions", d.conditions(), Basic.STRING);
                out.field("motivation", d.motivation(), motivation);
            }, in -> {
                String id = in.string("initiativeId");
                Map<String, Money> amounts = in.map("amounts", MoneyShape.MONEY);
                List<String> conditions = in.list("conditions", Basic.STRING);
                Motivation m = in.get("motivation", motivation);
                return in.build(() -> new Decision.Granted(id, amounts, conditions, m));
            }))
            .with("referred", Decision.Referred.class, Shape.object(Decision.Referred.class, (d, out) -> {
                out.field("initiativeId", d.initiativeId());
                out.field("partner", d.partner());
                out.field("motivation", d.motivation(), motivation);
            }, in -> {
                String id = in.string("initiativeId");
                String partner = in.string("partner");
                Motivation m = in.get("motivation", motivation);
                return in.build(() -> new Decision.Referred(id, partner, m));
            }))
            .with("in-kind", Decision.InKind.class, Shape.object(Decision.InKind.class, (d, out) -> {
                out.field("initiativeId", d.initiativeId());
                out.field("support", d.support());
                out.field("motivation", d.motivation(), motivation);
            }, in -> {
                String id = in.string("initiativeId");
                String support = in.string("support");
                Motivation m = in.get("motivation", motivation);
                return in.build(() -> new Decision.InKind(id, support, m));
            }))
            .with("deferred", Decision.Deferred.class, Shape.object(Decision.Deferred.class, (d, out) -> {
                out.field("initiativeId", d.initiativeId());
                out.optional("reservation", d.reservation(), RESERVATION);
                out.field("motivation", d.motivation(), motivation);
            }, in -> {
                String id = in.string("initiativeId");
                Optional<Map.Entry<String, Money>> reservation = in.optional("reservation", RESERVATION);
                Motivation m = in.get("motivation", motivation);
                return in.build(() -> new Decision.Deferred(id, reservation, m));
            }))
            .with("rejected", Decision.Rejected.class, Shape.object(Decision.Rejected.class, (d, out) -> {
                out.field("initiativeId", d.initiativeId());
                out.list("reasons", d.reasons(), TextShape.TEXT);
                out.field("motivation", d.motivation(), motivation);
            }, in -> {
                String id = in.string("initiativeId");
                List<Text> reasons = in.list("reasons", TextShape.TEXT);
                Motivation m = in.get("motivation", motivation);
                return in.build(() -> new Decision.Rejected(id, reasons, m));
            }))
            .with("withdrawn", Decision.Withdrawn.class, Shape.object(Decision.Withdrawn.class, (d, out) -> {
                out.field("initiativeId", d.initiativeId());
                out.field("motivation", d.motivation(), motivation);
            }, in -> {
                String id = in.string("initiativeId");
                Motivation m = in.get("motivation", motivation);
                return in.build(() -> new Decision.Withdrawn(id, m));
            }));
        this.assessment = assessment;
        this.bookEntry = makeBookEntry();
        this.round = makeRound(assessments);
    }

    /**
     * One step of an initiative's decision history: {@code {"kind": "decided" | "revised" |
     * "reopened", "decision": Decision | null, "reason": Text, "decidedOn": "2016-05-31" | null}}.
     */
    private ObjectShape<DecisionBook.Entry> makeBookEntry() {
        return Shape.object(DecisionBook.Entry.class, (e, out) -> {
            out.field("kind", e.kind(), ENTRY_KIND);
            out.optional("decision", e.decision(), decision);
            out.field("reason", e.reason(), TextShape.TEXT);
            out.optional("decidedOn", e.decidedOn(), Basic.DAY);
        }, in -> {
            DecisionBook.EntryKind kind = in.get("kind", ENTRY_KIND);
            Optional<Decision> made = in.optional("decision", decision);
            Text reason = in.get("reason", TextShape.TEXT);
            Optional<LocalDate> on = in.optional("decidedOn", Basic.DAY);
            return in.build(() -> new DecisionBook.Entry(kind, made, reason, on));
        });
    }

    /**
     * A round: {@code {"call": Call, "framework": "groningen-2016", "decisionPhaseClosed": false,
     * "reopenings": [Text], "fundingHistory": {"initiativeIds": [...], "applicants": [Applicant]},
     * "initiatives": [{"initiative": Initiative, "receivedAt": "2016-03-01T00:00" | null,
     * "assessment": AssessmentResult, "decision": Decision | null, "decidedOn": day | null,
     * "history": [entry]}]}}, initiatives in the round's order. Read back through
     * {@link Round#restore}: the framework by id from the mapper's frameworks, each initiative's
     * assessment and history as written; {@code decision} and {@code decidedOn} are the last step
     * of the history and must agree with it. A round whose parts do not hold together is refused
     * with every problem at its JSON path.
     */
    private ObjectShape<Round> makeRound(AssessmentShapes assessments) {
        ObjectShape<Part> part = Shape.object(Part.class, (p, out) -> { }, this::part);
        return Shape.object(Round.class, (r, out) -> {
            out.field("call", r.call(), CALL);
            out.field("framework", r.framework().id());
            out.field("decisionPhaseClosed", r.isDecisionPhaseClosed());
            out.list("reopenings", r.reopenings(), TextShape.TEXT);
            out.field("fundingHistory", r.fundingHistory(), FUNDING_HISTORY);
            out.name("initiatives");
            out.startArray();
            for (Initiative initiative : r.initiatives()) {
                String id = initiative.id();
                out.startObject();
                out.field("initiative", initiative, InitiativeShapes.INITIATIVE);
                out.optional("receivedAt", r.receivedAt(id), RECEIVED_AT);
                out.field("assessment", r.assessment(id), assessment);
                out.optional("decision", r.decision(id), decision);
                out.optional("decidedOn", r.decisionDate(id), Basic.DAY);
                out.list("history", r.book().history(id), bookEntry);
                out.endObject();
            }
            out.endArray();
        }, in -> {
            Call call = in.get("call", CALL);
            String frameworkId = in.string("framework");
            CriteriaFramework framework = frameworkId == null ? null : assessments.known(in, "framework", frameworkId);
            boolean closed = in.bool("decisionPhaseClosed");
            List<Text> reopenings = in.list("reopenings", TextShape.TEXT);
            FundingHistory history = in.optional("fundingHistory", FUNDING_HISTORY).orElse(FundingHistory.NONE);
            List<Part> parts = in.list("initiatives", part);
            if (in.hasProblems()) {
                return null;
            }
            List<Initiative> initiatives = new ArrayList<>(parts.size());
            Map<String, LocalDateTime> receivedAt = new HashMap<>();
            Map<String, AssessmentResult> assessed = new HashMap<>();
            Map<String, List<DecisionBook.Entry>> histories = new HashMap<>();
            for (Part p : parts) {
                String id = p.initiative().id();
                initiatives.add(p.initiative());
                p.receivedAt().ifPresent(time -> receivedAt.put(id, time));
                assessed.putIfAbsent(id, p.assessment());
                if (!p.history().isEmpty()) {
                    histories.putIfAbsent(id, p.history());
                }
            }
            Result<Round> restored = Round.restore(call, framework, initiatives, receivedAt, history, assessed, histories, closed, reopenings);
            if (restored instanceof Result.Failed<Round> failed) {
                failed.problems().forEach(problem -> in.problemWithin(pathOf(problem, initiatives), problem.message(Locale.ENGLISH)
                    + " (" + problem.code() + ")"));
                return null;
            }
            return restored.orElseThrow();
        });
    }

    /** One element of a round's {@code initiatives}, its derived {@code decision} and {@code decidedOn} checked against its history. */
    private Part part(JsonIn in) {
        Initiative initiative = in.get("initiative", InitiativeShapes.INITIATIVE);
        Optional<LocalDateTime> receivedAt = in.optional("receivedAt", RECEIVED_AT);
        AssessmentResult result = in.get("assessment", assessment);
        Optional<Decision> current = in.optional("decision", decision);
        Optional<LocalDate> decidedOn = in.optional("decidedOn", Basic.DAY);
        List<DecisionBook.Entry> history = in.list("history", bookEntry);
        if (in.hasProblems()) {
            return null;
        }
        Optional<Decision> last = history.isEmpty() ? Optional.empty() : history.get(history.size() - 1).decision();
        if (!current.equals(last)) {
            in.fieldProblem("decision", "must be the decision of the last step of its history ("
                + last.map(d -> Basic.code(d.kind())).orElse("none") + "), not " + current.map(d -> Basic.code(d.kind())).orElse("none"));
        }
        Optional<LocalDate> lastOn = last.isEmpty() ? Optional.empty() : history.get(history.size() - 1).decidedOn();
        if (!decidedOn.equals(lastOn)) {
            in.fieldProblem("decidedOn", "must be the decision date of the last step of its history ("
                + lastOn.map(LocalDate::toString).orElse("none") + "), not " + decidedOn.map(LocalDate::toString).orElse("none"));
        }
        return in.build(() -> new Part(initiative, receivedAt, result, history));
    }

    /** Where in a round's JSON a problem of {@link Round#restore} lies, from the initiative and history step it names. */
    private static String pathOf(Problem problem, List<Initiative> initiatives) {
        Optional<String> id = problem.place().subject("initiative");
        int index = -1;
        for (int i = 0; id.isPresent() && i < initiatives.size(); i++) {
            if (initiatives.get(i).id().equals(id.get())) {
                index = i;
            }
        }
        if (index < 0) {
            return problem.place().subject("receipt").isPresent() || problem.code().startsWith("round.") ? "$.initiatives" : "$.call";
        }
        StringBuilder path = new StringBuilder("$.initiatives[").append(index).append(']');
        problem.place().subject("entry").ifPresent(entry -> path.append(".history[").append(entry).append(']'));
        if (problem.code().equals("round.decision-mismatch")) {
            path.append(".decision.initiativeId");
        }
        problem.place().subject("assessment").ifPresent(field -> path.append(".assessment.").append(field));
        return path.toString();
    }

    /** One initiative of a round as its JSON gives it. */
    private record Part(Initiative initiative, Optional<LocalDateTime> receivedAt, AssessmentResult assessment,
                        List<DecisionBook.Entry> history) {
    }

    /** A time of receipt as ISO-8601 without zone, {@code 2016-03-01T09:30} (a round's local time, as opened). */
    private static final Shape<LocalDateTime> RECEIVED_AT = Shape.string(LocalDateTime.class, LocalDateTime::toString, text -> {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a local date and time such as 2016-03-01T09:30, not '" + text + "'");
        }
    });

    /** Applicants by kind and name, so that a set is written the same every time. */
    private static final Comparator<Applicant> APPLICANT_ORDER = Comparator.comparing(Applicant::kindCode)
        .thenComparing(a -> a.nameFor(Audience.INTERNAL));

    /**
     * Who and what was funded before: {@code {"initiativeIds": ["gr2015-03"], "applicants":
     * [Applicant]}}, both sorted (applicants by kind, then name), as a round bars them from one-off support.
     */
    private static final ObjectShape<FundingHistory> FUNDING_HISTORY = Shape.object(FundingHistory.class, (h, out) -> {
        out.list("initiativeIds", sorted(h.initiativeIds()), Basic.STRING);
        out.list("applicants", h.applicants().stream().sorted(APPLICANT_ORDER).toList(), InitiativeShapes.APPLICANT);
    }, in -> {
        List<String> ids = in.list("initiativeIds", Basic.STRING);
        List<Applicant> applicants = in.list("applicants", InitiativeShapes.APPLICANT);
        return in.build(() -> new FundingHistory(new HashSet<>(ids), new HashSet<>(applicants)));
    });

    /** A deferral's reservation: {@code {"potId": "wmo-2016", "amount": Money}}. */
    @SuppressWarnings("unchecked")
    private static final ObjectShape<Map.Entry<String, Money>> RESERVATION = Shape.object(
        (Class<Map.Entry<String, Money>>) (Class<?>) Map.Entry.class, (r, out) -> {
            out.field("potId", r.getKey());
            out.field("amount", r.getValue(), MoneyShape.MONEY);
        }, in -> {
            String pot = in.string("potId");
            Money amount = in.get("amount", MoneyShape.MONEY);
            return in.build(() -> new AbstractMap.SimpleImmutableEntry<>(pot, amount));
        });

    /**
     * A decision, any kind.
     *
     * @return the shape
     */
    public Variants<Decision> decision() {
        return decision;
    }

    /**
     * A step of a decision book.
     *
     * @return the shape
     */
    public ObjectShape<DecisionBook.Entry> bookEntry() {
        return bookEntry;
    }

    /**
     * A round, written whole and read back equal.
     *
     * @return the shape
     */
    public ObjectShape<Round> round() {
        return round;
    }

    /**
     * A decision's motivation.
     *
     * @return the shape
     */
    public ObjectShape<Motivation> motivation() {
        return motivation;
    }

    private static Call call(JsonIn in) {
        String id = in.string("id");
        Municipality municipality = in.get("municipality", InitiativeShapes.MUNICIPALITY);
        String name = in.string("name");
        String potId = in.string("potId");
        List<PhaseWindow> phases = in.list("phases", PHASE_WINDOW);
        List<IntakeChannel> channels = in.list("intakeChannels", InitiativeShapes.INTAKE_CHANNEL);
        List<String> kinds = in.list("applicantKinds", Basic.STRING);
        List<String> themes = in.list("themes", Basic.STRING);
        Money minimum = in.get("minimumAmount", MoneyShape.MONEY);
        Money maximum = in.get("maximumAmount", MoneyShape.MONEY);
        AboveMaximum above = in.get("aboveMaximum", ABOVE_MAXIMUM);
        boolean oneOff = in.bool("oneOff");
        return in.build(() -> ImmutableCall.builder().id(id).municipality(municipality).name(name).potId(potId).phases(phases)
            .intakeChannels(channels).applicantKinds(kinds).themes(themes).minimumAmount(minimum).maximumAmount(maximum)
            .aboveMaximum(above).oneOff(oneOff).build());
    }

    private static List<String> sorted(Iterable<String> codes) {
        Set<String> sorted = new TreeSet<>();
        codes.forEach(sorted::add);
        return List.copyOf(sorted);
    }
}
