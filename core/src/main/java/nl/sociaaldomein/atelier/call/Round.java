package nl.sociaaldomein.atelier.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.AssessmentTable;
import nl.sociaaldomein.atelier.assessment.Assessments;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.ScoreSheet;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * One run of a call: its initiatives, their assessments and the decisions taken. Immutable; every
 * operation returns a new round or every problem found, and a refused operation changes nothing.
 * Nothing here posts to a ledger: decisions carry their budget effect for a later step to post.
 */
public final class Round {

    private final Call call;
    private final CriteriaFramework framework;
    private final List<Initiative> initiatives;
    private final Map<String, Integer> index;
    private final Map<String, AssessmentResult> assessments;
    /** The assessments when made from a score sheet (then {@link #assessments} is empty); else null. */
    private final AssessmentTable table;
    /** Receipt time and request per initiative, by position: resolved once at opening. */
    private final Positions positions;
    private final FundingHistory history;
    private final DecisionBook book;
    private final boolean decisionsClosed;
    private final List<Text> reopenings;

    private Round(Call call, CriteriaFramework framework, List<Initiative> initiatives, Map<String, Integer> index,
                  Map<String, AssessmentResult> assessments, AssessmentTable table, Positions positions, FundingHistory history,
                  DecisionBook book, boolean decisionsClosed, List<Text> reopenings) {
        this.call = call;
        this.framework = framework;
        this.initiatives = initiatives;
        this.index = index;
        this.assessments = assessments;
        this.table = table;
        this.positions = positions;
        this.history = history;
        this.book = book;
        this.decisionsClosed = decisionsClosed;
        this.reopenings = reopenings;
    }

    /**
     * Opens a round with no known receipt times (each initiative is ordered by its submission date)
     * and no earlier funding.
     *
     * @param call        the call the initiatives answer
     * @param framework   the criteria framework they are assessed against
     * @param initiatives the initiatives, in the round's order
     * @return the round, or the call's own problems and {@code round.duplicate-initiative} for an
     *         initiative that occurs twice
     */
    public static Result<Round> open(Call call, CriteriaFramework framework, List<Initiative> initiatives) {
        return open(call, framework, initiatives, Map.of(), FundingHistory.NONE);
    }

    /**
     * Opens a round. {@code receivedAt} gives receipt times where known (otherwise the submission
     * date at midnight, or last when unknown); {@code history} is used when the call is one-off.
     *
     * @param call        the call the initiatives answer
     * @param framework   the criteria framework they are assessed against
     * @param initiatives the initiatives, in the round's order
     * @param receivedAt  receipt time per initiative id, where known
     * @param history     who and what was funded before (bars them when the call gives one-off support)
     * @return the round, or every problem found: the call's own, {@code round.duplicate-initiative}
     *         for an initiative that occurs twice, {@code round.receipt-of-unknown-initiative} for a
     *         receipt time of an initiative that is not in the call
     */
    public static Result<Round> open(Call call, CriteriaFramework framework, List<Initiative> initiatives,
                                     Map<String, LocalDateTime> receivedAt, FundingHistory history) {
        List<Problem> problems = new ArrayList<>(call.validate().problems());
        Map<String, Integer> index = new HashMap<>(initiatives.size() * 2);
        for (int i = 0; i < initiatives.size(); i++) {
            if (index.putIfAbsent(initiatives.get(i).id(), i) != null) {
                problems.add(Problem.conflict("round.duplicate-initiative", Place.about("initiative", initiatives.get(i).id()), "komt meer dan eens voor in de oproep", "occurs more than once in the call"));
            }
        }
        for (String id : receivedAt.keySet()) {
            if (!index.containsKey(id)) {
                problems.add(Problem.notFound("round.receipt-of-unknown-initiative", Place.about("receipt", id).and("call", call.id()), "dit initiatief hoort niet bij de oproep", "this initiative is not part of the call"));
            }
        }
        if (!problems.isEmpty()) {
            return Result.failed(problems);
        }
        return Result.ok(new Round(call, framework, List.copyOf(initiatives), index, Map.of(), null, new Positions(initiatives, receivedAt), history,
            DecisionBook.EMPTY, false, List.of()));
    }

    /**
     * A round as it was written down (read back from JSON, say): the parts {@link #open} takes,
     * each initiative's assessment, each initiative's decision history, whether the decision
     * phase is closed and why the call was reopened. The result equals the round the parts were
     * taken from. What does not hold together is refused, every problem at once and each placed
     * at its initiative (and the history entry, counted from 0): an assessment or a history of an
     * initiative that is not in the call ({@code round.assessment-of-unknown-initiative},
     * {@code round.decision-of-unknown-initiative}), an assessment of another initiative or
     * against another framework ({@code round.assessment-mismatch}), a decision for another
     * initiative than the history's ({@code round.decision-mismatch}), a step without its
     * decision or a reopening with one ({@code round.malformed-history}), or a step the decision
     * book's rules do not allow after the one before (the book's own codes, as when deciding).
     * Budgets are not checked again: a round keeps no pot balances.
     *
     * @param call                the call
     * @param framework           the criteria framework
     * @param initiatives         the initiatives, in the round's order
     * @param receivedAt          receipt times where known, as for {@link #open(Call, CriteriaFramework, List, Map, FundingHistory)}
     * @param history             who and what was funded before
     * @param assessments         the assessment per initiative id; an initiative without one is not assessed
     * @param histories           the decision history per initiative id, oldest first; an initiative without one is undecided
     * @param decisionPhaseClosed whether the decision phase is closed
     * @param reopenings          the reasons given each time the call was formally reopened
     * @return the round, or every problem found
     */
    public static Result<Round> restore(Call call, CriteriaFramework framework, List<Initiative> initiatives,
                                        Map<String, LocalDateTime> receivedAt, FundingHistory history,
                                        Map<String, AssessmentResult> assessments, Map<String, List<DecisionBook.Entry>> histories,
                                        boolean decisionPhaseClosed, List<Text> reopenings) {
        Result<Round> opened = open(call, framework, initiatives, receivedAt, history);
        List<Problem> problems = new ArrayList<>(opened.problems());
        Map<String, Integer> known = new HashMap<>(initiatives.size() * 2);
        for (int i = 0; i < initiatives.size(); i++) {
            known.putIfAbsent(initiatives.get(i).id(), i);
        }
        Map<String, AssessmentResult> kept = new HashMap<>(assessments.size() * 2);
        for (Map.Entry<String, AssessmentResult> given : ordered(assessments, initiatives).entrySet()) {
            String id = given.getKey();
            AssessmentResult result = given.getValue();
            Place place = Place.about("initiative", id).and("call", call.id());
            if (!known.containsKey(id)) {
                problems.add(Problem.notFound("round.assessment-of-unknown-initiative", place,
                    "een beoordeling van een initiatief dat niet bij de oproep hoort", "an assessment of an initiative that is not part of the call"));
            } else if (!result.initiativeId().equals(id)) {
                problems.add(Problem.invalid("round.assessment-mismatch", place.and("assessment", "initiativeId"),
                    "de beoordeling is van initiatief " + result.initiativeId(), "the assessment is of initiative " + result.initiativeId()));
            } else if (result.framework() != framework) {
                problems.add(Problem.invalid("round.assessment-mismatch", place.and("assessment", "framework"),
                    "de beoordeling volgt kader " + result.framework().id() + ", de ronde kader " + framework.id(),
                    "the assessment follows framework " + result.framework().id() + ", the round framework " + framework.id()));
            } else {
                kept.put(id, result);
            }
        }
        Map<String, List<DecisionBook.Entry>> books = new HashMap<>(histories.size() * 2);
        for (Map.Entry<String, List<DecisionBook.Entry>> given : ordered(histories, initiatives).entrySet()) {
            String id = given.getKey();
            if (given.getValue().isEmpty()) {
                continue;
            }
            if (!known.containsKey(id)) {
                problems.add(Problem.notFound("round.decision-of-unknown-initiative", Place.about("initiative", id).and("call", call.id()),
                    "besluiten over een initiatief dat niet bij de oproep hoort", "decisions on an initiative that is not part of the call"));
                continue;
            }
            if (historyProblems(id, given.getValue(), problems)) {
                books.put(id, List.copyOf(given.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            return Result.failed(problems);
        }
        Round open = opened.orElseThrow();
        return Result.ok(new Round(call, framework, open.initiatives, open.index, Map.copyOf(kept), null, open.positions, history,
            DecisionBook.restored(books), decisionPhaseClosed, List.copyOf(reopenings)));
    }

    /**
     * Checks one initiative's history step by step against the book's rules, adding a problem
     * per step that is wrong; true when every step holds.
     */
    private static boolean historyProblems(String id, List<DecisionBook.Entry> entries, List<Problem> problems) {
        DecisionBook book = DecisionBook.EMPTY;
        int before = problems.size();
        for (int j = 0; j < entries.size(); j++) {
            DecisionBook.Entry entry = entries.get(j);
            Place place = Place.about("initiative", id).and("entry", Integer.toString(j));
            boolean reopening = entry.kind() == DecisionBook.EntryKind.REOPENED;
            if (reopening != entry.decision().isEmpty() || (reopening && entry.decidedOn().isPresent())) {
                problems.add(Problem.invalid("round.malformed-history", place,
                    reopening ? "een heropening heeft geen besluit en geen besluitdatum" : "deze stap mist zijn besluit",
                    reopening ? "a reopening has no decision and no decision date" : "this step lacks its decision"));
                return false;
            }
            if (!reopening && !entry.decision().get().initiativeId().equals(id)) {
                problems.add(Problem.invalid("round.decision-mismatch", place, "het besluit gaat over initiatief "
                    + entry.decision().get().initiativeId(), "the decision is about initiative " + entry.decision().get().initiativeId()));
                return false;
            }
            Optional<Problem> refusal = reopening ? book.refusalToReopen(id)
                : book.refusal(entry.decision().get(), entry.kind() == DecisionBook.EntryKind.REVISED);
            if (refusal.isPresent()) {
                Problem refused = refusal.get();
                problems.add(new Problem(refused.code(), refused.kind(), place, refused.message()));
                return false;
            }
            book = reopening ? book.reopen(id, entry.reason())
                : book.record(List.of(entry.decision().get()), entry.kind(), entry.reason(), entry.decidedOn());
        }
        return problems.size() == before;
    }

    /** The map's entries with the round's initiatives first, in its order, then the others as given: problems in a stable order. */
    private static <V> Map<String, V> ordered(Map<String, V> byId, List<Initiative> initiatives) {
        Map<String, V> out = new LinkedHashMap<>(byId.size() * 2);
        for (Initiative initiative : initiatives) {
            V value = byId.get(initiative.id());
            if (value != null) {
                out.putIfAbsent(initiative.id(), value);
            }
        }
        byId.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * Assesses every initiative from the assessors' scores (replacing earlier assessments).
     *
     * @param scores every assessor's scores per initiative and criterion
     * @return the assessed round, or the assessment's problems; {@code round.decisions-closed}
     *         when the decision phase is closed
     */
    public Result<Round> assess(List<AssessorScore> scores) {
        if (decisionsClosed) {
            return Result.failed(closed());
        }
        return Assessments.assess(framework, call.conditions(), initiatives, scores)
            .map(results -> new Round(call, framework, initiatives, index, results, null, positions, history, book, false, reopenings));
    }

    /**
     * Assesses every initiative from one assessor's score sheet (rows in {@link #initiatives()}
     * order, replacing earlier assessments): the same results as the list of scores it stands
     * for, held column-wise, which a call of a million initiatives needs.
     *
     * @param sheet the scores, one row per initiative
     * @return the assessed round, or the assessment's problems; {@code round.decisions-closed}
     *         when the decision phase is closed
     */
    public Result<Round> assess(ScoreSheet sheet) {
        if (decisionsClosed) {
            return Result.failed(closed());
        }
        return Assessments.assess(framework, call.conditions(), initiatives, sheet)
            .map(assessed -> new Round(call, framework, initiatives, index, Map.of(), assessed, positions, history, book, false, reopenings));
    }

    /**
     * Runs a policy without recording or posting anything: a trial allocation, checked like a real one.
     * A {@link RankedPolicy} on a round assessed from a score sheet, with no decisions yet, runs
     * column-wise ({@link ColumnarTrial}): the same decisions, built when read.
     *
     * @param policy the allocation policy to run
     * @param pots   the available balance of each pot, in euro cents; the call's pot must be among them
     * @return the decisions the policy would take, or every problem: {@code allocation.no-balance}
     *         when the call's pot has no balance, the allocation check's {@code allocation.*} codes,
     *         {@code round.decisions-closed} when the decision phase is closed
     */
    public Result<Allocation> trial(AllocationPolicy policy, List<PotBalance> pots) {
        if (decisionsClosed) {
            return Result.failed(closed());
        }
        Map<String, PotBalance> byId = new HashMap<>();
        pots.forEach(p -> byId.put(p.potId(), p));
        if (!byId.containsKey(call.potId())) {
            return Result.failed(Problem.notFound("allocation.no-balance", Place.about("call", call.id()).and("pot", call.potId()),
                "geen saldo opgegeven voor pot " + call.potId(), "no balance given for pot " + call.potId()));
        }
        if (table != null && book.isEmpty() && policy instanceof RankedPolicy ranked) {
            return ColumnarTrial.allocate(this, table, ranked, byId);
        }
        return policy.allocate(new AllocationInput(call, candidates(), byId)).flatMap(decisions -> {
            List<Problem> problems = AllocationCheck.problems(this, decisions, byId, false);
            return Result.of(problems, () -> new Allocation(call.id(), policy.id(), decisions));
        });
    }

    /**
     * Records an allocation's decisions, after checking them again against the round as it is now
     * (another decision may have been taken since the trial).
     *
     * @param allocation the decisions, as a trial returned them
     * @param pots       the available balance of each pot, in euro cents
     * @return the round with the decisions in force, or every problem (the allocation check's
     *         {@code allocation.*} codes, {@code round.decisions-closed}); nothing is recorded then
     */
    public Result<Round> apply(Allocation allocation, List<PotBalance> pots) {
        return record(allocation.decisions(), pots, DecisionBook.EntryKind.DECIDED, Text.of(allocation.policyId(), allocation.policyId()),
            Optional.empty());
    }

    /**
     * As {@link #apply(Allocation, List)}, recording that the decisions were taken on {@code decidedOn}.
     *
     * @param allocation the decisions, as a trial returned them
     * @param pots       the available balance of each pot, in euro cents
     * @param decidedOn  the day the decisions were taken (the effective day, not when it was recorded)
     * @return the round with the decisions in force, or every problem; nothing is recorded then
     */
    public Result<Round> apply(Allocation allocation, List<PotBalance> pots, LocalDate decidedOn) {
        return record(allocation.decisions(), pots, DecisionBook.EntryKind.DECIDED, Text.of(allocation.policyId(), allocation.policyId()),
            Optional.of(decidedOn));
    }

    /**
     * The day the decision in force on the initiative was taken, when it was recorded with one.
     *
     * @param initiativeId the initiative
     * @return the decision day; empty when undecided or decided without a date
     */
    public Optional<LocalDate> decisionDate(String initiativeId) {
        return book.decidedOn(initiativeId);
    }

    /**
     * Records one decision (e.g. a withdrawal, or the follow-up of a deferral). A withdrawal is
     * accepted even when the decision phase is closed.
     *
     * @param decision the decision
     * @param pots     the available balance of each pot, in euro cents
     * @return the round with the decision in force, or every problem (the allocation check's
     *         {@code allocation.*} codes, {@code round.decisions-closed}); nothing is recorded then
     */
    public Result<Round> decide(Decision decision, List<PotBalance> pots) {
        return record(List.of(decision), pots, DecisionBook.EntryKind.DECIDED, Text.of("besluit", "decision"), Optional.empty());
    }

    /**
     * Replaces a decision in force by another, with the reason for the revision.
     *
     * @param decision the new decision
     * @param reason   why the decision is revised (Dutch and English)
     * @param pots     the available balance of each pot, in euro cents
     * @return the round with the new decision in force, or every problem
     *         ({@code allocation.nothing-to-revise} when none is in force); nothing is recorded then
     */
    public Result<Round> revise(Decision decision, Text reason, List<PotBalance> pots) {
        return record(List.of(decision), pots, DecisionBook.EntryKind.REVISED, reason, Optional.empty());
    }

    /**
     * As {@link #decide(Decision, List)}, recording the day it was taken.
     *
     * @param decision  the decision
     * @param pots      the available balance of each pot, in euro cents
     * @param decidedOn the day the decision was taken (the effective day, not when it was recorded)
     * @return the round with the decision in force, or every problem; nothing is recorded then
     */
    public Result<Round> decide(Decision decision, List<PotBalance> pots, LocalDate decidedOn) {
        return record(List.of(decision), pots, DecisionBook.EntryKind.DECIDED, Text.of("besluit", "decision"), Optional.of(decidedOn));
    }

    /**
     * As {@link #revise(Decision, Text, List)}, recording the day the new decision was taken (after
     * an objection, say): from that day it is the decision in force.
     *
     * @param decision  the new decision
     * @param reason    why the decision is revised (Dutch and English)
     * @param pots      the available balance of each pot, in euro cents
     * @param decidedOn the day the new decision was taken
     * @return the round with the new decision in force, or every problem; nothing is recorded then
     */
    public Result<Round> revise(Decision decision, Text reason, List<PotBalance> pots, LocalDate decidedOn) {
        return record(List.of(decision), pots, DecisionBook.EntryKind.REVISED, reason, Optional.of(decidedOn));
    }

    /**
     * Takes the decision in force back, so that the initiative may be decided anew.
     *
     * @param initiativeId the initiative
     * @param reason       why the decision is taken back (Dutch and English)
     * @return the round with the initiative undecided again, or the problem:
     *         {@code round.unknown-initiative}, {@code round.decisions-closed}, or
     *         {@code allocation.nothing-to-reopen} when no decision is in force
     */
    public Result<Round> reopen(String initiativeId, Text reason) {
        if (decisionsClosed) {
            return Result.failed(closed());
        }
        Optional<Problem> refusal = contains(initiativeId) ? book.refusalToReopen(initiativeId)
            : Optional.of(Problem.notFound("round.unknown-initiative", Place.about("initiative", initiativeId).and("call", call.id()),
                "hoort niet bij oproep " + call.id(), "is not part of call " + call.id()));
        return refusal.<Result<Round>>map(Result::failed)
            .orElseGet(() -> Result.ok(with(book.reopen(initiativeId, reason), false, reopenings)));
    }

    /**
     * Closes the decision phase: decisions are frozen until the call is formally reopened (only a
     * withdrawal is still recorded).
     *
     * @return the round with its decision phase closed
     */
    public Round closeDecisionPhase() {
        return with(book, true, reopenings);
    }

    /**
     * Formally reopens a closed call, recording why.
     *
     * @param reason why the call is reopened (Dutch and English)
     * @return the round open for decisions again, or {@code round.decisions-not-closed} when it was not closed
     */
    public Result<Round> reopenCall(Text reason) {
        if (!decisionsClosed) {
            return Result.failed(Problem.conflict("round.decisions-not-closed", Place.about("call", call.id()),
                "de besluitvorming is niet gesloten", "the decision phase is not closed"));
        }
        List<Text> all = new ArrayList<>(reopenings);
        all.add(reason);
        return Result.ok(with(book, false, List.copyOf(all)));
    }

    private Result<Round> record(List<Decision> decisions, List<PotBalance> pots, DecisionBook.EntryKind kind, Text reason,
                                 Optional<LocalDate> decidedOn) {
        boolean onlyWithdrawals = decisions.stream().allMatch(d -> d.kind() == DecisionKind.WITHDRAWN);
        if (decisionsClosed && !onlyWithdrawals) {
            return Result.failed(closed());
        }
        Map<String, PotBalance> byId = new HashMap<>();
        pots.forEach(p -> byId.put(p.potId(), p));
        List<Problem> problems = AllocationCheck.problems(this, decisions, byId, kind == DecisionBook.EntryKind.REVISED);
        return Result.of(problems, () -> with(book.record(decisions, kind, reason, decidedOn), decisionsClosed, reopenings));
    }

    private Round with(DecisionBook newBook, boolean closed, List<Text> newReopenings) {
        return new Round(call, framework, initiatives, index, assessments, table, positions, history, newBook, closed, newReopenings);
    }

    private Problem closed() {
        return Problem.conflict("round.decisions-closed", Place.about("call", call.id()), "de besluitvorming is gesloten; besluiten liggen vast tot de oproep formeel wordt heropend",
            "the decision phase is closed; decisions are frozen until the call is formally reopened");
    }

    /**
     * The initiatives awaiting a decision (none yet, deferred, or reopened), in the round's order.
     *
     * @return each candidate with its assessment, receipt time and any reason it may not be funded
     */
    public List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>(initiatives.size());
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative initiative = initiatives.get(i);
            Optional<Decision> current = book.current(initiative.id());
            if (current.isEmpty() || current.get().kind() == DecisionKind.DEFERRED) {
                out.add(new Candidate(initiative, assessment(initiative.id()), positions.receivedAt[i], excluded(initiative), call.maximumAmount()));
            }
        }
        return out;
    }

    /**
     * The assessment of an initiative; a not-assessed result when none was recorded.
     *
     * @param initiativeId the initiative
     * @return its assessment, never null
     */
    public AssessmentResult assessment(String initiativeId) {
        if (table != null && index.containsKey(initiativeId)) {
            return table.result(index.get(initiativeId));
        }
        AssessmentResult result = assessments.get(initiativeId);
        return result != null ? result : AssessmentResult.notAssessed(framework, initiativeId);
    }

    /** The candidate at a position, with its assessment (for the columnar path, which reads it once). */
    Candidate candidateAt(int position, AssessmentResult assessment) {
        Initiative initiative = initiatives.get(position);
        return new Candidate(initiative, assessment, positions.receivedAt[position], excluded(initiative), call.maximumAmount());
    }

    Positions positions() {
        return positions;
    }

    /** Whether the call bars anything outside the criteria (one-off support, intake channels). */
    boolean mayBar() {
        return call.oneOff() || !call.intakeChannels().isEmpty();
    }

    /** Why a candidate may not be funded at all: barred by the call, or asking more than the maximum the call refuses above. */
    Optional<Text> excluded(Initiative initiative) {
        return barred(initiative).or(() -> aboveMaximum(initiative));
    }

    /** Whether a request of this many cents is refused as above the maximum (the columnar path's test). */
    boolean refusesAsAboveMaximum(long requestedCents) {
        return call.aboveMaximum() == AboveMaximum.REFUSE && requestedCents > call.maximumAmount().cents();
    }

    private Optional<Text> aboveMaximum(Initiative initiative) {
        Money requested = initiative.requestedAmount().orElse(Money.ZERO);
        if (!refusesAsAboveMaximum(requested.cents())) {
            return Optional.empty();
        }
        return Optional.of(Text.of("het gevraagde bedrag (" + MoneyFormat.DUTCH.format(requested) + ") is meer dan het maximum per initiatief ("
                + MoneyFormat.DUTCH.format(call.maximumAmount()) + ")",
            "the requested amount (" + MoneyFormat.ENGLISH.format(requested) + ") is above the maximum per initiative ("
                + MoneyFormat.ENGLISH.format(call.maximumAmount()) + ")"));
    }

    Optional<Text> barred(Initiative initiative) {
        if (call.oneOff() && (history.initiativeIds().contains(initiative.id()) || history.applicants().contains(initiative.applicant()))) {
            return Optional.of(Text.of("eenmalige ondersteuning: dit initiatief of deze aanvrager is eerder gefinancierd",
                "one-off support: this initiative or applicant was funded before"));
        }
        if (!call.intakeChannels().isEmpty() && initiative.intakeChannel().isPresent()
            && !call.intakeChannels().contains(initiative.intakeChannel().get())) {
            return Optional.of(Text.of("binnengekomen via " + initiative.intakeChannel().get().code() + ", dat deze oproep niet aanneemt",
                "came in via " + initiative.intakeChannel().get().code() + ", which this call does not accept"));
        }
        return Optional.empty();
    }

    /**
     * The call this round runs.
     *
     * @return the call
     */
    public Call call() {
        return call;
    }

    /**
     * The criteria framework the initiatives are assessed against.
     *
     * @return the framework
     */
    public CriteriaFramework framework() {
        return framework;
    }

    /**
     * The initiatives of the call, in the round's order.
     *
     * @return the initiatives (unmodifiable)
     */
    public List<Initiative> initiatives() {
        return initiatives;
    }

    /**
     * Whether the initiative is part of the call.
     *
     * @param initiativeId the initiative
     * @return true when it is in this round
     */
    public boolean contains(String initiativeId) {
        return index.containsKey(initiativeId);
    }

    /**
     * The initiative's position in {@link #initiatives()}, or -1 when it is not in the call.
     *
     * @param initiativeId the initiative
     * @return its position, counted from 0, or -1
     */
    public int indexOf(String initiativeId) {
        Integer i = index.get(initiativeId);
        return i == null ? -1 : i;
    }

    /**
     * The initiative with this id; ask {@link #contains(String)} first.
     *
     * @param initiativeId the initiative
     * @return the initiative
     * @throws NullPointerException when it is not in the call
     */
    public Initiative initiative(String initiativeId) {
        return initiatives.get(index.get(initiativeId));
    }

    /**
     * The decision book: every decision, revision and reopening per initiative, oldest first.
     *
     * @return the decision book
     */
    public DecisionBook book() {
        return book;
    }

    /**
     * The decision in force on the initiative.
     *
     * @param initiativeId the initiative
     * @return the decision; empty when undecided, reopened or not in the call
     */
    public Optional<Decision> decision(String initiativeId) {
        return book.current(initiativeId);
    }

    /**
     * Whether the decision phase is closed (decisions frozen until the call is formally reopened).
     *
     * @return true when closed
     */
    public boolean isDecisionPhaseClosed() {
        return decisionsClosed;
    }

    /**
     * The reasons given each time the call was formally reopened.
     *
     * @return the reasons, oldest first
     */
    public List<Text> reopenings() {
        return reopenings;
    }

    /**
     * The time of receipt the round orders this initiative by: given when the round was opened,
     * else its submission date at midnight; empty when neither is known (it then comes last) or
     * the initiative is not in the call.
     *
     * @param initiativeId the initiative
     * @return the time of receipt, if known
     */
    public Optional<LocalDateTime> receivedAt(String initiativeId) {
        Integer i = index.get(initiativeId);
        return i == null || positions.receivedAt[i].equals(LocalDateTime.MAX) ? Optional.empty() : Optional.of(positions.receivedAt[i]);
    }

    /**
     * Who and what was funded before, as the round was opened with (it bars them when the call
     * gives one-off support).
     *
     * @return the funding history
     */
    public FundingHistory fundingHistory() {
        return history;
    }

    /**
     * Two rounds are equal when everything they show is: call, framework (the same one),
     * initiatives in order, receipt times, funding history, each initiative's assessment, the
     * decision book with its histories, whether the decision phase is closed, and the reopenings.
     * Whether assessments are held per initiative or column-wise does not matter.
     *
     * @param o the other object
     * @return true when it is a round showing the same
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Round other) || other.framework != framework || other.decisionsClosed != decisionsClosed
            || !other.call.equals(call) || !other.initiatives.equals(initiatives) || !other.reopenings.equals(reopenings)
            || !other.history.equals(history) || !Arrays.equals(other.positions.receivedAt, positions.receivedAt)
            || !other.book.equals(book)) {
            return false;
        }
        for (Initiative initiative : initiatives) {
            if (!other.assessment(initiative.id()).equals(assessment(initiative.id()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * From the call, the framework and the initiatives: cheap, and consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (call.hashCode() * 31 + framework.id().hashCode()) * 31 + initiatives.hashCode();
    }

    /**
     * Counts and amounts per decision kind, against the ceiling of the call's pot.
     *
     * @param ceiling the ceiling of the call's pot (the figure the summary weighs the amounts against)
     * @return the summary
     */
    public RoundSummary summary(nl.sociaaldomein.atelier.money.Money ceiling) {
        return RoundSummary.of(this, ceiling);
    }
}
