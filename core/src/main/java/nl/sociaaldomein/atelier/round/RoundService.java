package nl.sociaaldomein.atelier.round;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.GrantView;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerBatch;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.events.EventCodec;
import nl.sociaaldomein.atelier.events.EventStream;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.CommitteeDecisions;
import nl.sociaaldomein.atelier.workflow.RoundPostings;

/**
 * A round run as it happens (docs/calls.md, "Commands"): every {@link RoundCommand} is checked
 * against the round's state and the ledger, then recorded as {@link RoundEvent}s in the ledger's
 * journal, or refused with a {@link Refusal} and nothing recorded. A command that decides and
 * posts appends its round event and its ledger entries in one journal batch (all or nothing).
 * The state is the fold of the round's events; {@link #state(LocalDate, Instant)} asks "as of day
 * D, as known at moment K" the same way as the ledger.
 *
 * <p>One service per call; its methods take its lock. It reads what other writers appended to
 * the journal before every command, and appends at the head it read (a conflict makes it read on
 * and check again). A ledger batch is re-checked by the ledger's rules on a conflict, not by the
 * round's: give each round one writing process.
 */
public final class RoundService {

    /** How often a command is checked again after another writer appended first. */
    static final int APPEND_ATTEMPTS = 8;

    private final Call call;
    private final CriteriaFramework framework;
    private final Ledger ledger;
    private final EventStream<RoundEvent> stream;
    private final Clock clock;
    private final List<Recorded<RoundEvent>> recorded = new ArrayList<>();
    /** The fold of {@link #recorded}; once handed out by {@link #state()} it is copied before it changes again. */
    private RoundState live;
    private boolean liveHandedOut;

    private RoundService(Call call, CriteriaFramework framework, Ledger ledger, EventStream<RoundEvent> stream, Clock clock) {
        this.call = Objects.requireNonNull(call, "call");
        this.framework = Objects.requireNonNull(framework, "framework");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.stream = stream;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.live = new RoundState(call, framework);
    }

    /**
     * The round of {@code call} kept in {@code journal}, which {@code ledger} is opened on too:
     * rebuilt from the round's events in it (verifying the hash chain), and recording every command
     * accepted from now on.
     *
     * @param call      the call
     * @param framework the call's criteria framework
     * @param ledger    the ledger the round's grants and reservations are posted to
     * @param journal   the journal the round's events are in (the ledger's)
     * @param codec     reads and writes the events
     * @param clock     gives the recorded moment of each command
     * @return the service
     */
    public static RoundService open(Call call, CriteriaFramework framework, Ledger ledger, Journal journal,
                                    EventCodec<RoundEvent> codec, Clock clock) {
        RoundService service = new RoundService(call, framework, ledger, new EventStream<>(journal, codec), clock);
        service.catchUp();
        return service;
    }

    /** {@return the call the round is of} */
    public Call call() {
        return call;
    }

    /** {@return the ledger the round posts to} */
    public Ledger ledger() {
        return ledger;
    }

    /** {@return the round's events with their positions and moments, in the order recorded} */
    public synchronized List<Recorded<RoundEvent>> events() {
        catchUp();
        return List.copyOf(recorded);
    }

    /**
     * The state now: every event recorded. It is the live state itself, which the service no
     * longer changes once handed out (the next event is applied to a copy), so asking costs no
     * second fold.
     *
     * @return the state
     */
    public synchronized RoundState state() {
        catchUp();
        liveHandedOut = true;
        return live;
    }

    /**
     * The state as of the end of {@code asOf}, as known now.
     *
     * @param asOf the day the state speaks for
     * @return the state
     */
    public RoundState state(LocalDate asOf) {
        return state(asOf, null);
    }

    /**
     * The state as of the end of {@code asOf}, as the journal held it at {@code knownAt} (null:
     * now): the fold of the events recorded by then, in order, up to the first one dated after
     * {@code asOf}. Undated events (a date the source does not give) count where they were
     * recorded. A report made at {@code knownAt} is made again from exactly this state.
     *
     * @param asOf    the day the state speaks for
     * @param knownAt the moment of knowledge, or null for now
     * @return the state
     */
    public synchronized RoundState state(LocalDate asOf, Instant knownAt) {
        catchUp();
        return RoundViews.fold(call, framework, recorded, asOf, knownAt);
    }

    /**
     * Checks the command and records its events, or says why not: every problem of the refusal,
     * each with the code of its {@link RoundRefusal} kind ({@code round.assessment-closed}). A
     * refused command records nothing.
     *
     * @param command what to record
     * @return the events recorded, or the problems
     */
    public synchronized Result<List<Recorded<RoundEvent>>> handle(RoundCommand command) {
        Objects.requireNonNull(command, "command");
        for (int attempt = 1; attempt <= APPEND_ATTEMPTS; attempt++) {
            catchUp();
            Either<Refusal<RoundRefusal>, Planned> planned = plan(command);
            if (planned.isLeft()) {
                return planned.getLeft().toResult();
            }
            Optional<Result<List<Recorded<RoundEvent>>>> done = record(planned.get());
            if (done.isPresent()) {
                return done.get();
            }
        }
        return Refusal.of(RoundRefusal.JOURNAL_CONTENDED, Place.about("call", call.id()), "anderen bleven in het journaal schrijven; "
            + "er is niets vastgelegd, geef de opdracht opnieuw", "other writers kept appending to the journal; nothing was recorded, "
            + "give the command again").toResult();
    }

    /** The events a command causes and the ledger entries posted with them. */
    private record Planned(List<RoundEvent> events, List<LedgerEntry> entries, Optional<Text> ledgerNote) {
    }

    private Either<Refusal<RoundRefusal>, Planned> plan(RoundCommand command) {
        Stamp stamp = command.stamp();
        String id = call.id();
        if (command instanceof RoundCommand.OpenCall) {
            return checked(new RoundEvent.CallOpened(id, stamp));
        }
        if (command instanceof RoundCommand.Submit c) {
            return checked(new RoundEvent.InitiativeSubmitted(id, stamp, c.initiative()));
        }
        if (command instanceof RoundCommand.Withdraw c) {
            return checked(new RoundEvent.InitiativeWithdrawn(id, stamp, c.initiativeId()));
        }
        if (command instanceof RoundCommand.AmendRequest c) {
            return checked(new RoundEvent.RequestAmended(id, stamp, c.initiativeId(), c.requestedAmount()));
        }
        if (command instanceof RoundCommand.RecordScores c) {
            return checked(new RoundEvent.ScoresRecorded(id, stamp, c.assessor(), c.initiativeId(), c.scores()));
        }
        if (command instanceof RoundCommand.CloseAssessment) {
            return checked(new RoundEvent.AssessmentClosed(id, stamp));
        }
        if (command instanceof RoundCommand.DecideAsCommittee c) {
            return decide(stamp, c.decidedBy(), Optional.of(c), Optional.empty());
        }
        if (command instanceof RoundCommand.DecideByPolicy c) {
            return decide(stamp, c.policy().description(), Optional.empty(), Optional.of(c));
        }
        if (command instanceof RoundCommand.FileObjection c) {
            return checked(new RoundEvent.ObjectionFiled(id, stamp, c.initiativeId(), c.grounds()));
        }
        if (command instanceof RoundCommand.RejectObjection c) {
            return checked(new RoundEvent.ObjectionDecided(id, stamp, c.initiativeId(), false, c.motivation(), Optional.empty()));
        }
        if (command instanceof RoundCommand.UpholdObjection c) {
            return uphold(c);
        }
        if (command instanceof RoundCommand.PayAdvance c) {
            return payment(stamp, c.initiativeId(), "advance", c.amount());
        }
        RoundCommand.Settle c = (RoundCommand.Settle) command;
        return payment(stamp, c.initiativeId(), "determine", c.amount());
    }

    private Either<Refusal<RoundRefusal>, Planned> checked(RoundEvent event) {
        Optional<Refusal<RoundRefusal>> refusal = live.refusal(event);
        return refusal.<Either<Refusal<RoundRefusal>, Planned>>map(Either::left)
            .orElseGet(() -> Either.right(new Planned(List.of(event), List.of(), Optional.empty())));
    }

    /** Decisions need a day: the ledger posts them on it. */
    private Optional<Refusal<RoundRefusal>> needsDay(Stamp stamp, Text what) {
        return stamp.on().isPresent() ? Optional.empty() : Optional.of(Refusal.of(RoundRefusal.INVALID_DECISIONS, Place.about("call", call.id()),
            what.nl() + " heeft een datum nodig: het grootboek boekt op die dag", what.en() + " needs a date: the ledger posts on that day"));
    }

    private Either<Refusal<RoundRefusal>, Planned> decide(Stamp stamp, Text decidedBy, Optional<RoundCommand.DecideAsCommittee> committee,
                                                        Optional<RoundCommand.DecideByPolicy> policy) {
        // The order and assessment rules come first, on an event without decisions.
        Optional<Refusal<RoundRefusal>> early = live.refusal(new RoundEvent.DecisionsTaken(call.id(), stamp, decidedBy, List.of(), List.of()))
            .or(() -> needsDay(stamp, Text.of("een besluit", "a decision")));
        if (early.isPresent()) {
            return Either.left(early.get());
        }
        LocalDate day = stamp.on().orElseThrow();
        Round round = live.round();
        List<PotBalance> balances = balances(day);
        List<Decision> decisions;
        List<PotBalance> room = balances;
        if (committee.isPresent()) {
            Result<List<Decision>> given = new CommitteeDecisions(day, decidedBy, committee.get().decisions(),
                committee.get().reservations()).toDecisions(round);
            if (given.isFailed()) {
                return Either.left(new Refusal<>(RoundRefusal.INVALID_DECISIONS, given.problems()));
            }
            decisions = given.orElseThrow();
        } else {
            Result<Allocation> trial = round.trial(policy.get().policy(), balances);
            if (trial.isFailed()) {
                return Either.left(new Refusal<>(RoundRefusal.INVALID_DECISIONS, trial.problems()));
            }
            AwbFilingProtection.Result protectedRun = AwbFilingProtection.apply(round, live, policy.get().policy(), balances,
                trial.orElseThrow().decisions(), CeilingAtFiling.of(ledger, call.potId(), day));
            decisions = protectedRun.decisions();
            room = protectedRun.room();
        }
        List<DecisionRecord> records = decisions.stream().map(DecisionRecord::of).toList();
        List<nl.sociaaldomein.atelier.workflow.PlannedReservation> reservations = committee
            .map(RoundCommand.DecideAsCommittee::reservations).orElse(List.of());
        RoundEvent.DecisionsTaken event = new RoundEvent.DecisionsTaken(call.id(), stamp, decidedBy, records, reservations);
        Optional<Refusal<RoundRefusal>> refusal = live.refusal(event);
        if (refusal.isPresent()) {
            return Either.left(refusal.get());
        }
        Result<Round> decided = round.apply(new Allocation(call.id(), committee.isPresent() ? "committee" : policy.get().policy().id(),
            decisions), room, day);
        boolean awb = records.stream().anyMatch(r -> r.rule().nl().contains(AwbFilingProtection.ARTICLE));
        if (decided.isFailed()) {
            return Either.left(awb ? protectedShortfall(decided.problems())
                : new Refusal<>(RoundRefusal.INVALID_DECISIONS, decided.problems()));
        }
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.initiativeId()));
        String prefix = RoundPostings.idPrefix(call.id());
        Set<String> reservationIds = new HashSet<>();
        reservations.forEach(r -> reservationIds.add(prefix + "reservation/" + r.id()));
        List<LedgerEntry> entries = RoundPostings.entries(decided.orElseThrow(), reservations, day, decidedBy.nl(), stamp.actor(), outstanding())
            .stream().filter(e -> reservationIds.contains(e.id()) || ids.contains(e.id().substring(e.id().lastIndexOf('/') + 1))
                && ledger.entry(e.id()).isEmpty())
            .toList();
        if (awb) {
            entries = keepCeilingForProtected(decisions, balances, day, stamp, entries);
        }
        return Either.right(new Planned(List.of(event), entries, awb ? Optional.of(AwbFilingProtection.LEDGER_NOTE) : Optional.empty()));
    }

    /**
     * Awb 4:27 lid 2 in the ledger: when the decisions owed to earlier applications claim more than
     * the lowered ceiling in force leaves, the lowering has no consequences for them, so the pot's
     * ceiling is kept up by what they need: a {@code SetCeiling} on the decision day, posted first in
     * the same batch, whose reason cites the article. Never above the ceiling that bound them
     * ({@link AwbFilingProtection} checked the decisions against it).
     */
    private List<LedgerEntry> keepCeilingForProtected(List<Decision> decisions, List<PotBalance> balances, LocalDate day, Stamp stamp,
                                                      List<LedgerEntry> entries) {
        String pot = call.potId();
        Money claim = Money.ZERO;
        for (Decision d : decisions) {
            claim = claim.plus(d.budgetEffect().claimOn(pot));
        }
        Money available = balances.stream().filter(b -> b.potId().equals(pot)).findFirst().orElseThrow().available();
        if (!claim.isGreaterThan(available)) {
            return entries;
        }
        Money ceiling = ledger.view(day).pot(pot).orElseThrow().ceiling().plus(claim.minus(available));
        List<LedgerEntry> out = new ArrayList<>();
        out.add(new LedgerEntry.SetCeiling(RoundPostings.idPrefix(call.id()) + "awb-4-27/" + pot + "/" + (recorded.size() + 1), day,
            AwbFilingProtection.ARTICLE + ": een later bekendgemaakt lager plafond heeft geen gevolgen voor eerder ingediende aanvragen",
            stamp.actor(), pot, ceiling, day));
        out.addAll(entries);
        return out;
    }

    /** The decisions Awb 4:27 lid 2 requires do not fit: every problem, with the article's note. */
    private static Refusal<RoundRefusal> protectedShortfall(List<Problem> problems) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(new Problem(p.code(), p.kind(), p.place(), Text.of(p.message().nl() + " " + AwbFilingProtection.LEDGER_NOTE.nl(),
                p.message().en() + " " + AwbFilingProtection.LEDGER_NOTE.en())));
        }
        return new Refusal<>(RoundRefusal.CEILING_BELOW_PROTECTED, out);
    }

    private Either<Refusal<RoundRefusal>, Planned> uphold(RoundCommand.UpholdObjection c) {
        Optional<Refusal<RoundRefusal>> early = live.refusal(new RoundEvent.ObjectionDecided(call.id(), c.stamp(), c.initiativeId(), false,
            c.motivation(), Optional.empty())).or(() -> needsDay(c.stamp(), Text.of("een besluit op bezwaar", "a decision on an objection")));
        if (early.isPresent()) {
            return Either.left(early.get());
        }
        LocalDate day = c.stamp().on().orElseThrow();
        Round round = live.round();
        Result<List<Decision>> given = new CommitteeDecisions(day, c.motivation(), List.of(c.decision()), List.of())
            .toDecisions(round);
        if (given.isFailed()) {
            return Either.left(new Refusal<>(RoundRefusal.INVALID_DECISIONS, given.problems()));
        }
        Decision decision = given.orElseThrow().get(0);
        Result<Round> revised = round.revise(decision, c.motivation(), balances(day), day);
        if (revised.isFailed()) {
            return Either.left(new Refusal<>(RoundRefusal.INVALID_DECISIONS, revised.problems()));
        }
        RoundEvent event = new RoundEvent.ObjectionDecided(call.id(), c.stamp(), c.initiativeId(), true, c.motivation(),
            Optional.of(DecisionRecord.of(decision)));
        Optional<Refusal<RoundRefusal>> refusal = live.refusal(event);
        if (refusal.isPresent()) {
            return Either.left(refusal.get());
        }
        return Either.right(new Planned(List.of(event), revisionEntries(c, decision, day), Optional.empty()));
    }

    /** What the ledger needs when a decision is replaced: the grant amended, withdrawn, or made. */
    private List<LedgerEntry> revisionEntries(RoundCommand.UpholdObjection c, Decision decision, LocalDate day) {
        String id = c.initiativeId();
        String prefix = RoundPostings.idPrefix(call.id()) + "objection/" + id + "/" + (live.objections(id).size()) + "/";
        Optional<GrantView> grant = ledger.view().grant(id).filter(g -> g.status() != nl.sociaaldomein.atelier.budget.GrantStatus.WITHDRAWN);
        String reason = c.motivation().nl();
        String actor = c.stamp().actor();
        if (decision instanceof Decision.Granted granted) {
            if (grant.isPresent()) {
                return List.of(new LedgerEntry.AmendGrant(prefix + "amend", day, reason, actor, id, granted.amount()));
            }
            return RoundPostings.entries(round(id, decision, day), List.of(), day, reason, actor, outstanding()).stream()
                .filter(e -> e instanceof LedgerEntry.Grant || e instanceof LedgerEntry.ReleaseReservation)
                .map(e -> e instanceof LedgerEntry.Grant g ? (LedgerEntry) new LedgerEntry.Grant(prefix + "grant", g.effectiveDate(), g.reason(),
                    g.recordedBy(), g.initiativeId(), g.title(), g.amount(), g.funding(), g.reservationId()) : e)
                .toList();
        }
        return grant.<List<LedgerEntry>>map(g -> List.of(new LedgerEntry.WithdrawGrant(prefix + "withdraw", day, reason, actor, id)))
            .orElse(List.of());
    }

    /** A round holding only {@code decision}, to let {@link RoundPostings} word its grant. */
    private Round round(String id, Decision decision, LocalDate day) {
        Round only = Round.open(call, framework, List.of(live.initiative(id).orElseThrow())).orElseThrow();
        return only.decide(decision, List.of(PotBalance.fresh(call.potId(), Money.MAX)), day).orElseThrow();
    }

    private Either<Refusal<RoundRefusal>, Planned> payment(Stamp stamp, String initiativeId, String kind, Money amount) {
        Place where = Place.about("initiative", initiativeId);
        if (live.initiative(initiativeId).isEmpty()) {
            return Either.left(Refusal.of(RoundRefusal.UNKNOWN_INITIATIVE, where, "is niet ingediend bij oproep " + call.id(),
                "was not submitted to call " + call.id()));
        }
        Optional<Refusal<RoundRefusal>> day = needsDay(stamp, Text.of("een betaling", "a payment"));
        if (day.isPresent()) {
            return Either.left(day.get());
        }
        String id = RoundPostings.idPrefix(call.id()) + kind + "/" + initiativeId + "/" + (ledger.size() + 1);
        LocalDate on = stamp.on().get();
        LedgerEntry entry = kind.equals("advance") ? new LedgerEntry.Advance(id, on, stamp.reason(), stamp.actor(), initiativeId, amount)
            : new LedgerEntry.Determine(id, on, stamp.reason(), stamp.actor(), initiativeId, amount);
        return Either.right(new Planned(List.of(), List.of(entry), Optional.empty()));
    }

    /** Records what was planned; empty when another writer came first (the caller reads on and plans again). */
    private Optional<Result<List<Recorded<RoundEvent>>>> record(Planned planned) {
        String batchId = "round/" + call.id() + "/" + (recorded.size() + 1) + "/" + stream.position();
        if (planned.entries().isEmpty()) {
            List<Recorded<RoundEvent>> stored = new ArrayList<>();
            EventStream.Outcome outcome = stream.append(batchId, stream.nextMoment(clock), planned.events(), stored);
            if (outcome != EventStream.Outcome.APPENDED) {
                return Optional.empty();
            }
            planned.events().forEach(this::applyLive);
            recorded.addAll(stored);
            return Optional.of(Result.ok(stored));
        }
        Result<PostedBatch> posted = ledger.post(LedgerBatch.of(batchId, stream.records(planned.events()), planned.entries()));
        if (posted.isFailed()) {
            Problem r = posted.problems().get(0);
            Optional<RejectionKind> why = RejectionKind.of(r);
            if (why.equals(Optional.of(RejectionKind.JOURNAL_CONTENDED))) {
                return Optional.empty();
            }
            String note = planned.ledgerNote().map(n -> " " + n.nl()).orElse("");
            String noteEn = planned.ledgerNote().map(n -> " " + n.en()).orElse("");
            RoundRefusal kind = planned.ledgerNote().isPresent() && why.equals(Optional.of(RejectionKind.EXCEEDS_REMAINING))
                ? RoundRefusal.CEILING_BELOW_PROTECTED : RoundRefusal.LEDGER_REFUSED;
            return Optional.of(new Refusal<>(kind, List.of(new Problem(r.code(), r.kind(), r.place(),
                Text.of("het grootboek weigert: " + r.message().nl() + note, "the ledger refuses: " + r.message().en() + noteEn)))).toResult());
        }
        int before = recorded.size();
        catchUp();
        return Optional.of(Result.ok(List.copyOf(recorded.subList(before, recorded.size()))));
    }

    /** Reads what was appended since, and folds this round's events into the live state. */
    private void catchUp() {
        for (Recorded<RoundEvent> next : stream.readNew()) {
            if (next.event().callId().equals(call.id())) {
                applyLive(next.event());
                recorded.add(next);
            }
        }
    }

    /** Folds an event into the live state, copying it first when {@link #state()} handed it out. */
    private void applyLive(RoundEvent event) {
        if (liveHandedOut) {
            live = live.copy();
            liveHandedOut = false;
        }
        live.apply(event);
    }

    /** The pots as the ledger holds them on {@code day}, as balances a round checks against. */
    private List<PotBalance> balances(LocalDate day) {
        BudgetView view = ledger.view(day);
        List<PotBalance> balances = new ArrayList<>();
        for (PotView pot : view.pots().values()) {
            balances.add(new PotBalance(pot.id(), pot.ceiling().minus(pot.allocatedToChildren()), pot.granted(), pot.reserved()));
        }
        return balances;
    }

    private Map<String, Money> outstanding() {
        Map<String, Money> out = new HashMap<>();
        ledger.view().reservations().forEach((id, reservation) -> out.put(id, reservation.outstanding()));
        return out;
    }
}
