package nl.sociaaldomein.atelier.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.assessment.Assessments;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.ImmutableInitiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;

/**
 * A round as its events made it: the fold of {@link RoundEvent}s in the order they were recorded.
 * {@link #refusal} says whether an event may follow (the rules every command is checked by) and
 * {@link #apply} applies one that may. The same fold rebuilds the state from the journal, at any
 * point, as of any day and as known at any moment ({@link RoundService#state(LocalDate, java.time.Instant)}).
 * {@link #round()} gives the {@code call.Round} that reports are made of.
 *
 * <p>Mutable while it is folded; the service hands out states it no longer changes.
 */
public final class RoundState {

    /** Why a withdrawn initiative has its decision: the applicant withdrew, no body decided. */
    static final Text WITHDRAWN_BY_APPLICANT = Text.of("teruggetrokken door de aanvrager", "withdrawn by the applicant");

    /** One decision in an initiative's history. */
    public record DecisionStep(DecisionRecord decision, Optional<LocalDate> on, boolean revision, Text reason) {
    }

    /** An objection and, once decided, its outcome. */
    public record Objection(Optional<LocalDate> filedOn, String grounds, Optional<RoundEvent.ObjectionDecided> outcome) {
        /** {@return whether the objection is not decided yet} */
        public boolean pending() {
            return outcome.isEmpty();
        }
    }

    private final Call call;
    private final CriteriaFramework framework;
    private Optional<LocalDate> openedOn = Optional.empty();
    private boolean opened;
    private final LinkedHashMap<String, Initiative> initiatives = new LinkedHashMap<>();
    private final Map<String, Optional<LocalDate>> filedOn = new HashMap<>();
    private final Map<String, Optional<LocalDate>> withdrawn = new HashMap<>();
    /** Per initiative, per assessor (in the order they first scored it), the scores per criterion. */
    private final Map<String, LinkedHashMap<String, Map<String, Integer>>> scores = new HashMap<>();
    private boolean assessmentClosed;
    private final Map<String, List<DecisionStep>> decisions = new HashMap<>();
    private final Map<String, List<Objection>> objections = new HashMap<>();
    /** The decisions and withdrawals in the order they happened, for {@link #round()}. */
    private final List<RoundEvent> decisionEvents = new ArrayList<>();
    private final List<PlannedReservation> reservations = new ArrayList<>();
    /** Every pot a decision names (amounts and reservations), in the order first named: kept as decisions come, so {@link #room()} need not walk them all. */
    private final Set<String> potsNamed = new LinkedHashSet<>();
    private Optional<LocalDate> latest = Optional.empty();
    private int events;

    RoundState(Call call, CriteriaFramework framework) {
        this.call = Objects.requireNonNull(call, "call");
        this.framework = Objects.requireNonNull(framework, "framework");
    }

    /**
     * A state that folds on from where {@code other} stands without changing it: what the service
     * does before it applies an event to a live state it has handed out (copy on write).
     */
    RoundState copy() {
        RoundState copy = new RoundState(call, framework);
        copy.openedOn = openedOn;
        copy.opened = opened;
        copy.initiatives.putAll(initiatives);
        copy.filedOn.putAll(filedOn);
        copy.withdrawn.putAll(withdrawn);
        // The inner maps and lists are changed in place by apply: each gets its own copy.
        scores.forEach((id, byAssessor) -> copy.scores.put(id, new LinkedHashMap<>(byAssessor)));
        copy.assessmentClosed = assessmentClosed;
        decisions.forEach((id, history) -> copy.decisions.put(id, new ArrayList<>(history)));
        objections.forEach((id, list) -> copy.objections.put(id, new ArrayList<>(list)));
        copy.decisionEvents.addAll(decisionEvents);
        copy.reservations.addAll(reservations);
        copy.potsNamed.addAll(potsNamed);
        copy.latest = latest;
        copy.events = events;
        return copy;
    }

    /**
     * The fold of {@code events} (accepted before) from an empty round of this call.
     *
     * @param call      the call
     * @param framework the call's criteria framework
     * @param events    the events, in the order recorded
     * @return the state
     */
    public static RoundState fold(Call call, CriteriaFramework framework, Iterable<? extends RoundEvent> events) {
        RoundState state = new RoundState(call, framework);
        for (RoundEvent event : events) {
            state.apply(event);
        }
        return state;
    }

    /** {@return the call the round is of} */
    public Call call() {
        return call;
    }

    /** {@return the call's criteria framework} */
    public CriteriaFramework framework() {
        return framework;
    }

    /** {@return whether the call was opened} */
    public boolean isOpen() {
        return opened;
    }

    /** {@return the day the call opened, when known} */
    public Optional<LocalDate> openedOn() {
        return openedOn;
    }

    /** {@return every initiative submitted, withdrawn ones included, in the order they were filed} */
    public List<Initiative> initiatives() {
        return List.copyOf(initiatives.values());
    }

    /**
     * An initiative filed in the round.
     *
     * @param id the initiative's id
     * @return the initiative as it stands now, or empty
     */
    public Optional<Initiative> initiative(String id) {
        return Optional.ofNullable(initiatives.get(id));
    }

    /**
     * The day the application was filed, when known: the submission's day, else the initiative's
     * own submission date (a round file's); empty also for an unknown initiative.
     *
     * @param initiativeId the initiative
     * @return the day, or empty
     */
    public Optional<LocalDate> filedOn(String initiativeId) {
        return filedOn.getOrDefault(initiativeId, Optional.empty())
            .or(() -> Optional.ofNullable(initiatives.get(initiativeId)).flatMap(Initiative::submissionDate));
    }

    /**
     * Whether the applicant withdrew.
     *
     * @param initiativeId the initiative
     * @return true when withdrawn
     */
    public boolean isWithdrawn(String initiativeId) {
        return withdrawn.containsKey(initiativeId);
    }

    /**
     * The assessors' scores of an initiative: assessor → criterion → score.
     *
     * @param initiativeId the initiative
     * @return the scores; empty when none were recorded
     */
    public Map<String, Map<String, Integer>> scores(String initiativeId) {
        return Collections.unmodifiableMap(scores.getOrDefault(initiativeId, new LinkedHashMap<>()));
    }

    /** {@return whether the assessment is closed: scores are final, decisions may be taken} */
    public boolean isAssessmentClosed() {
        return assessmentClosed;
    }

    /**
     * The decision in force on an initiative, if any.
     *
     * @param initiativeId the initiative
     * @return the decision, or empty
     */
    public Optional<DecisionRecord> decision(String initiativeId) {
        List<DecisionStep> history = decisions.get(initiativeId);
        return history == null ? Optional.empty() : Optional.of(history.get(history.size() - 1).decision());
    }

    /**
     * Every decision on an initiative, revisions included, in order.
     *
     * @param initiativeId the initiative
     * @return the steps; empty when nothing was decided
     */
    public List<DecisionStep> decisionHistory(String initiativeId) {
        return List.copyOf(decisions.getOrDefault(initiativeId, List.of()));
    }

    /**
     * The objections against decisions on an initiative, in the order filed.
     *
     * @param initiativeId the initiative
     * @return the objections with their outcomes
     */
    public List<Objection> objections(String initiativeId) {
        return List.copyOf(objections.getOrDefault(initiativeId, List.of()));
    }

    /** {@return the reservations the decisions kept back besides the initiatives} */
    public List<PlannedReservation> reservations() {
        return List.copyOf(reservations);
    }

    /** {@return the latest day an event of the round is dated} */
    public Optional<LocalDate> latest() {
        return latest;
    }

    /** {@return how many events the state is the fold of} */
    public int size() {
        return events;
    }

    /**
     * Why {@code event} may not follow this state, or empty when it may. Changes nothing.
     *
     * @param event the event
     * @return the refusal, or empty
     */
    public Optional<Refusal<RoundRefusal>> refusal(RoundEvent event) {
        Place where = Place.about("call", event.callId());
        if (!event.callId().equals(call.id())) {
            return refuse(RoundRefusal.OTHER_CALL, where, "dit is de ronde van oproep " + call.id(), "this is the round of call " + call.id());
        }
        Optional<LocalDate> on = event.stamp().on();
        if (on.isPresent() && latest.isPresent() && on.get().isBefore(latest.get())) {
            return refuse(RoundRefusal.BEFORE_LATEST, where, "gedateerd " + on.get() + ", vóór de laatste gebeurtenis van de ronde ("
                + latest.get() + "); een ronde legt haar stappen op volgorde van datum vast",
                "dated " + on.get() + ", before the round's latest event (" + latest.get() + "); a round records its steps in date order");
        }
        if (event instanceof RoundEvent.CallOpened) {
            return opened ? refuse(RoundRefusal.CALL_ALREADY_OPEN, where, "de oproep is al geopend", "the call is open already") : Optional.empty();
        }
        if (!opened) {
            return refuse(RoundRefusal.CALL_NOT_OPEN, where, "de oproep is nog niet geopend", "the call has not been opened");
        }
        if (event instanceof RoundEvent.InitiativeSubmitted e) {
            return submitRefusal(e);
        }
        if (event instanceof RoundEvent.InitiativeWithdrawn e) {
            return known(e.initiativeId()).or(() -> notWithdrawn(e.initiativeId())).or(() -> undecided(e.initiativeId()));
        }
        if (event instanceof RoundEvent.RequestAmended e) {
            return known(e.initiativeId()).or(() -> notWithdrawn(e.initiativeId())).or(() -> assessing(Place.about("initiative", e.initiativeId())));
        }
        if (event instanceof RoundEvent.ScoresRecorded e) {
            return known(e.initiativeId()).or(() -> notWithdrawn(e.initiativeId())).or(() -> assessing(Place.about("initiative", e.initiativeId())))
                .or(() -> scoreRefusal(e));
        }
        if (event instanceof RoundEvent.AssessmentClosed) {
            return assessing(where);
        }
        if (event instanceof RoundEvent.DecisionsTaken e) {
            return decisionsRefusal(e);
        }
        if (event instanceof RoundEvent.ObjectionFiled e) {
            return known(e.initiativeId()).or(() -> decision(e.initiativeId()).isEmpty()
                ? refuse(RoundRefusal.NO_DECISION, Place.about("initiative", e.initiativeId()), "er is geen besluit om bezwaar tegen te maken",
                    "there is no decision to object to")
                : pendingObjection(e.initiativeId()).isPresent()
                ? refuse(RoundRefusal.OBJECTION_PENDING, Place.about("initiative", e.initiativeId()), "er loopt al een bezwaar", "an objection is pending already")
                : Optional.empty());
        }
        RoundEvent.ObjectionDecided e = (RoundEvent.ObjectionDecided) event;
        return known(e.initiativeId()).or(() -> pendingObjection(e.initiativeId()).isEmpty()
            ? refuse(RoundRefusal.NO_OBJECTION, Place.about("initiative", e.initiativeId()), "er loopt geen bezwaar", "no objection is pending")
            : e.revised().filter(r -> !r.initiativeId().equals(e.initiativeId())).isPresent()
            ? refuse(RoundRefusal.INVALID_DECISIONS, Place.about("initiative", e.initiativeId()), "het nieuwe besluit gaat over een ander initiatief",
                "the new decision is about another initiative")
            : Optional.empty());
    }

    private Optional<Refusal<RoundRefusal>> submitRefusal(RoundEvent.InitiativeSubmitted e) {
        String id = e.initiative().id();
        if (initiatives.containsKey(id)) {
            return refuse(RoundRefusal.INITIATIVE_EXISTS, Place.about("initiative", id), "is al ingediend", "was submitted before");
        }
        if (assessmentClosed) {
            return refuse(RoundRefusal.ASSESSMENT_CLOSED, Place.about("initiative", id), "de beoordeling is gesloten; de intake ook",
                "assessment is closed, and so is intake");
        }
        Optional<PhaseWindow> intake = call.phases().stream().filter(w -> w.phase() == Phase.OPEN_FOR_IDEAS).findFirst();
        Optional<LocalDate> on = e.stamp().on();
        if (intake.isPresent() && on.isPresent() && (on.get().isBefore(intake.get().start()) || on.get().isAfter(intake.get().end()))) {
            return refuse(RoundRefusal.OUTSIDE_INTAKE, Place.about("initiative", id), "ingediend op " + on.get() + ", buiten de intake ("
                + intake.get().start() + " t/m " + intake.get().end() + ")", "submitted on " + on.get() + ", outside intake ("
                + intake.get().start() + " to " + intake.get().end() + ")");
        }
        return Optional.empty();
    }

    private Optional<Refusal<RoundRefusal>> scoreRefusal(RoundEvent.ScoresRecorded e) {
        List<AssessorScore> list = new ArrayList<>();
        new TreeMap<>(e.scores()).forEach((criterion, score) -> list.add(new AssessorScore(e.assessor(), e.initiativeId(), criterion, score)));
        if (list.isEmpty()) {
            return refuse(RoundRefusal.INVALID_SCORES, Place.about("initiative", e.initiativeId()), "geen scores gegeven", "no scores given");
        }
        Result<?> checked = Assessments.assess(framework, call.conditions(), List.of(initiatives.get(e.initiativeId())), list);
        return checked.isOk() ? Optional.empty() : Optional.of(new Refusal<>(RoundRefusal.INVALID_SCORES, checked.problems()));
    }

    private Optional<Refusal<RoundRefusal>> decisionsRefusal(RoundEvent.DecisionsTaken e) {
        if (!assessmentClosed) {
            return refuse(RoundRefusal.ASSESSMENT_OPEN, Place.about("call", call.id()), "de beoordeling is nog open; sluit haar voordat er besloten wordt",
                "assessment is still open; close it before deciding");
        }
        Map<RoundRefusal, List<Problem>> found = new TreeMap<>();
        for (DecisionRecord d : e.decisions()) {
            String id = d.initiativeId();
            known(id).or(() -> d.kind() == DecisionKind.WITHDRAWN ? Optional.empty() : notWithdrawn(id))
                .or(() -> decision(id).filter(current -> current.kind() != DecisionKind.DEFERRED).isPresent()
                    ? refuse(RoundRefusal.ALREADY_DECIDED, Place.about("initiative", id), "is al besloten (" + decision(id).get().kind().label().nl()
                        + "); een nieuw besluit volgt op bezwaar", "is decided already (" + decision(id).get().kind().label().en()
                        + "); a new decision follows an objection")
                    : Optional.empty())
                .ifPresent(r -> found.computeIfAbsent(r.kind(), k -> new ArrayList<>()).addAll(r.problems()));
        }
        return found.entrySet().stream().findFirst().map(first -> new Refusal<>(first.getKey(), first.getValue()));
    }

    private Optional<Refusal<RoundRefusal>> known(String id) {
        return initiatives.containsKey(id) ? Optional.empty()
            : refuse(RoundRefusal.UNKNOWN_INITIATIVE, Place.about("initiative", id), "is niet ingediend bij oproep " + call.id(),
                "was not submitted to call " + call.id());
    }

    private Optional<Refusal<RoundRefusal>> notWithdrawn(String id) {
        return !withdrawn.containsKey(id) ? Optional.empty()
            : refuse(RoundRefusal.WITHDRAWN, Place.about("initiative", id), "is teruggetrokken door de aanvrager", "was withdrawn by the applicant");
    }

    private Optional<Refusal<RoundRefusal>> undecided(String id) {
        return decision(id).isEmpty() ? Optional.empty()
            : refuse(RoundRefusal.ALREADY_DECIDED, Place.about("initiative", id), "er is al besloten (" + decision(id).get().kind().label().nl() + ")",
                "is decided already (" + decision(id).get().kind().label().en() + ")");
    }

    private Optional<Refusal<RoundRefusal>> assessing(Place where) {
        return !assessmentClosed ? Optional.empty()
            : refuse(RoundRefusal.ASSESSMENT_CLOSED, where, "de beoordeling is gesloten", "assessment is closed");
    }

    private Optional<Objection> pendingObjection(String id) {
        List<Objection> list = objections.get(id);
        return list == null || list.isEmpty() || !list.get(list.size() - 1).pending() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    private static Optional<Refusal<RoundRefusal>> refuse(RoundRefusal kind, Place where, String nl, String en) {
        return Optional.of(Refusal.of(kind, where, nl, en));
    }

    /** Applies an event accepted by {@link #refusal} (now, or when it was recorded). */
    void apply(RoundEvent event) {
        events++;
        event.stamp().on().ifPresent(on -> latest = Optional.of(latest.filter(l -> l.isAfter(on)).orElse(on)));
        if (event instanceof RoundEvent.CallOpened e) {
            opened = true;
            openedOn = e.stamp().on();
        } else if (event instanceof RoundEvent.InitiativeSubmitted e) {
            initiatives.put(e.initiative().id(), e.initiative());
            filedOn.put(e.initiative().id(), e.stamp().on());
        } else if (event instanceof RoundEvent.InitiativeWithdrawn e) {
            withdrawn.put(e.initiativeId(), e.stamp().on());
            decisionEvents.add(e);
        } else if (event instanceof RoundEvent.RequestAmended e) {
            initiatives.put(e.initiativeId(), ImmutableInitiative.copyOf(initiatives.get(e.initiativeId())).withRequestedAmount(e.requestedAmount()));
        } else if (event instanceof RoundEvent.ScoresRecorded e) {
            scores.computeIfAbsent(e.initiativeId(), id -> new LinkedHashMap<>()).put(e.assessor(), e.scores());
        } else if (event instanceof RoundEvent.AssessmentClosed) {
            assessmentClosed = true;
        } else if (event instanceof RoundEvent.DecisionsTaken e) {
            for (DecisionRecord d : e.decisions()) {
                decisions.computeIfAbsent(d.initiativeId(), id -> new ArrayList<>()).add(new DecisionStep(d, e.stamp().on(), false, e.decidedBy()));
                namePots(d);
            }
            reservations.addAll(e.reservations());
            decisionEvents.add(e);
        } else if (event instanceof RoundEvent.ObjectionFiled e) {
            objections.computeIfAbsent(e.initiativeId(), id -> new ArrayList<>()).add(new Objection(e.stamp().on(), e.grounds(), Optional.empty()));
        } else if (event instanceof RoundEvent.ObjectionDecided e) {
            List<Objection> list = objections.get(e.initiativeId());
            Objection pending = list.get(list.size() - 1);
            list.set(list.size() - 1, new Objection(pending.filedOn(), pending.grounds(), Optional.of(e)));
            e.revised().ifPresent(revised -> {
                decisions.get(e.initiativeId()).add(new DecisionStep(revised, e.stamp().on(), true, e.motivation()));
                namePots(revised);
                decisionEvents.add(e);
            });
        }
    }

    /**
     * The assessors' scores as the assessment takes them: initiatives in filing order, assessors in the order they scored, criteria by id.
     *
     * @return the scores
     */
    public List<AssessorScore> assessorScores() {
        List<AssessorScore> out = new ArrayList<>();
        for (String id : initiatives.keySet()) {
            Map<String, Map<String, Integer>> byAssessor = scores.get(id);
            if (byAssessor == null) {
                continue;
            }
            byAssessor.forEach((assessor, sheet) ->
                new TreeMap<>(sheet).forEach((criterion, score) -> out.add(new AssessorScore(assessor, id, criterion, score))));
        }
        return out;
    }

    /**
     * The round as a {@code call.Round}: opened with every initiative filed, assessed from the
     * scores, and the decisions, withdrawals and revisions recorded in the order they happened.
     * The money was checked when each command was accepted (against the ledger), so the replay
     * here gives the round room in every pot: it rebuilds, it does not decide again.
     *
     * @return the round
     */
    public Round round() {
        Round opened = opened();
        return decided(ColumnarScores.sheet(this, opened).flatMap(sheet -> opened.assess(sheet).toOptional())
            .orElseGet(() -> assessedFromList(opened)));
    }

    /** As {@link #round()}, always assessed from the list of scores (what the columnar route is compared with). */
    Round roundFromScoreList() {
        return decided(assessedFromList(opened()));
    }

    private Round opened() {
        return Round.open(call, framework, List.copyOf(initiatives.values())).fold(RoundState::broken, r -> r);
    }

    private Round assessedFromList(Round opened) {
        return opened.assess(assessorScores()).fold(RoundState::broken, r -> r);
    }

    /** The scores per initiative, assessor and criterion, for {@link ColumnarScores}. */
    Map<String, LinkedHashMap<String, Map<String, Integer>>> scoresByInitiative() {
        return Collections.unmodifiableMap(scores);
    }

    /** The decisions, withdrawals and revisions replayed on the assessed round, in the order they happened. */
    private Round decided(Round assessed) {
        Round round = assessed;
        List<PotBalance> room = room();
        for (RoundEvent event : decisionEvents) {
            Result<Round> next;
            if (event instanceof RoundEvent.DecisionsTaken e) {
                Round current = round;
                List<nl.sociaaldomein.atelier.call.Decision> taken = e.decisions().stream()
                    .map(d -> d.toDecision(current.assessment(d.initiativeId()))).toList();
                Allocation allocation = new Allocation(call.id(), "recorded", taken);
                next = e.stamp().on().map(on -> current.apply(allocation, room, on)).orElseGet(() -> current.apply(allocation, room));
            } else if (event instanceof RoundEvent.InitiativeWithdrawn e) {
                var decision = Decisions.withdrawn(round.assessment(e.initiativeId()), WITHDRAWN_BY_APPLICANT);
                Round current = round;
                next = e.stamp().on().map(on -> current.decide(decision, room, on)).orElseGet(() -> current.decide(decision, room));
            } else {
                RoundEvent.ObjectionDecided e = (RoundEvent.ObjectionDecided) event;
                var decision = e.revised().orElseThrow().toDecision(round.assessment(e.initiativeId()));
                Round current = round;
                next = e.stamp().on().map(on -> current.revise(decision, e.motivation(), room, on))
                    .orElseGet(() -> current.revise(decision, e.motivation(), room));
            }
            round = next.fold(RoundState::broken, r -> r);
        }
        return round;
    }

    /** Every pot the round can name, with all the room there is (see {@link #round()}). */
    private List<PotBalance> room() {
        Map<String, PotBalance> pots = new LinkedHashMap<>();
        pots.put(call.potId(), PotBalance.fresh(call.potId(), Money.MAX));
        potsNamed.forEach(pot -> pots.putIfAbsent(pot, PotBalance.fresh(pot, Money.MAX)));
        return List.copyOf(pots.values());
    }

    private void namePots(DecisionRecord decision) {
        if (!decision.amounts().isEmpty()) {
            potsNamed.addAll(decision.amounts().keySet());
        }
        decision.reservation().ifPresent(r -> potsNamed.add(r.getKey()));
    }

    private static Round broken(List<Problem> problems) {
        throw new IllegalStateException("the round's events do not fold into a round (a rule changed since they were recorded?): "
            + problems);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundState other && call.id().equals(other.call.id()) && opened == other.opened
            && openedOn.equals(other.openedOn) && List.copyOf(initiatives.values()).equals(List.copyOf(other.initiatives.values()))
            && filedOn.equals(other.filedOn) && withdrawn.equals(other.withdrawn) && scores.equals(other.scores)
            && assessmentClosed == other.assessmentClosed && decisions.equals(other.decisions) && objections.equals(other.objections)
            && reservations.equals(other.reservations) && latest.equals(other.latest) && events == other.events;
    }

    @Override
    public int hashCode() {
        return Objects.hash(call.id(), initiatives.keySet(), decisions, events);
    }

    @Override
    public String toString() {
        return "RoundState[" + call.id() + ", " + events + " events, " + initiatives.size() + " initiatives, "
            + withdrawn.size() + " withdrawn, " + decisions.size() + " decided]";
    }
}
