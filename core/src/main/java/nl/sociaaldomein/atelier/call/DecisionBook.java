package nl.sociaaldomein.atelier.call;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The decisions of a round per initiative, with their history, and the rules for what may follow
 * what. Immutable: recording returns a new book.
 *
 * <p>Rules: a decided initiative is not decided again without a revision; a deferred one may be
 * decided (that is what deferral is for); a referred one is not granted unless first reopened;
 * a withdrawal is final (a new decision needs a new application); an applicant may withdraw at any time.
 */
public final class DecisionBook {

    /** What happened to an initiative's decision. */
    public enum EntryKind {
        /** A first decision. */
        DECIDED,
        /** A decision that replaces the one in force. */
        REVISED,
        /** The decision in force is set aside; the initiative awaits a new one. */
        REOPENED
    }

    /**
     * One step in an initiative's history; a reopening carries no decision. {@code decidedOn} is
     * the day the decision was taken, when the caller recorded it (a trial of a policy has none).
     *
     * @param kind      decided, revised or reopened
     * @param decision  the decision taken; empty for a reopening
     * @param reason    why, in words
     * @param decidedOn the day it was taken, when recorded
     */
    public record Entry(EntryKind kind, Optional<Decision> decision, Text reason, Optional<LocalDate> decidedOn) {
    }

    static final DecisionBook EMPTY = new DecisionBook(Map.of());

    private final Map<String, List<Entry>> entries;

    private DecisionBook(Map<String, List<Entry>> entries) {
        this.entries = entries;
    }

    /** Whether nothing was recorded yet. */
    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The decision in force: the last one recorded, unless the initiative was reopened since.
     *
     * @param initiativeId the initiative
     * @return the decision, or empty when none is in force
     */
    public Optional<Decision> current(String initiativeId) {
        List<Entry> history = entries.isEmpty() ? null : entries.get(initiativeId);
        return history == null ? Optional.empty() : history.get(history.size() - 1).decision();
    }

    /**
     * The day the decision in force was taken, when it was recorded with one.
     *
     * @param initiativeId the initiative
     * @return the day, or empty
     */
    public Optional<LocalDate> decidedOn(String initiativeId) {
        List<Entry> history = entries.get(initiativeId);
        return history == null || history.get(history.size() - 1).decision().isEmpty() ? Optional.empty()
            : history.get(history.size() - 1).decidedOn();
    }

    /**
     * Every step of an initiative's decisions, in the order recorded.
     *
     * @param initiativeId the initiative
     * @return the steps; empty when nothing was decided
     */
    public List<Entry> history(String initiativeId) {
        return entries.getOrDefault(initiativeId, List.of());
    }

    /** Why {@code next} may not follow the current decision, if it may not. */
    Optional<Problem> refusal(Decision next, boolean revision) {
        Optional<Decision> current = current(next.initiativeId());
        if (current.isPresent() && current.get().kind() == DecisionKind.WITHDRAWN) {
            return Optional.of(Problem.conflict("allocation.withdrawn", place(next.initiativeId()), "is ingetrokken door de aanvrager; een nieuw besluit vraagt een nieuwe aanvraag",
                "was withdrawn by the applicant; a new decision needs a new application"));
        }
        if (next.kind() == DecisionKind.WITHDRAWN) {
            return Optional.empty();
        }
        if (current.isEmpty()) {
            return revision ? Optional.of(Problem.conflict("allocation.nothing-to-revise", place(next.initiativeId()), "er is geen besluit om te herzien", "there is no decision to revise")) : Optional.empty();
        }
        DecisionKind was = current.get().kind();
        if (was == DecisionKind.REFERRED && next.kind() == DecisionKind.GRANTED) {
            return Optional.of(Problem.conflict("allocation.referred", place(next.initiativeId()), "is doorverwezen; heropen het initiatief voordat het geld krijgt",
                "was referred; reopen the initiative before granting it money"));
        }
        if (was == DecisionKind.DEFERRED || revision) {
            return Optional.empty();
        }
        return Optional.of(Problem.conflict("allocation.already-decided", place(next.initiativeId()), "is al besloten (" + was.label().nl() + "); herzie het besluit of heropen het initiatief",
            "is already decided (" + was.label().en() + "); revise the decision or reopen the initiative"));
    }

    private static Place place(String initiativeId) {
        return Place.about("initiative", initiativeId);
    }

    Optional<Problem> refusalToReopen(String initiativeId) {
        Optional<Decision> current = current(initiativeId);
        if (current.isEmpty()) {
            return Optional.of(Problem.conflict("allocation.nothing-to-reopen", place(initiativeId), "er is geen besluit om te heropenen", "there is no decision to reopen"));
        }
        if (current.get().kind() == DecisionKind.WITHDRAWN) {
            return Optional.of(Problem.conflict("allocation.withdrawn", place(initiativeId), "een ingetrokken initiatief kan niet worden heropend",
                "a withdrawn initiative cannot be reopened"));
        }
        return Optional.empty();
    }

    DecisionBook record(List<Decision> decisions, EntryKind kind, Text reason, Optional<LocalDate> decidedOn) {
        Map<String, List<Entry>> copy = new HashMap<>(entries);
        for (Decision decision : decisions) {
            append(copy, decision.initiativeId(), new Entry(kind, Optional.of(decision), reason, decidedOn));
        }
        return new DecisionBook(copy);
    }

    DecisionBook reopen(String initiativeId, Text reason) {
        Map<String, List<Entry>> copy = new HashMap<>(entries);
        append(copy, initiativeId, new Entry(EntryKind.REOPENED, Optional.empty(), reason, Optional.empty()));
        return new DecisionBook(copy);
    }

    /**
     * A book holding these histories as they are (non-empty lists, checked by the caller against
     * the rules, {@link Round#restore}).
     */
    static DecisionBook restored(Map<String, List<Entry>> histories) {
        return histories.isEmpty() ? EMPTY : new DecisionBook(Map.copyOf(histories));
    }

    /** Two books are equal when they hold the same histories. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionBook other && other.entries.equals(entries);
    }

    /** From the histories, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    private static void append(Map<String, List<Entry>> map, String id, Entry entry) {
        List<Entry> history = new ArrayList<>(map.getOrDefault(id, List.of()));
        history.add(entry);
        map.put(id, List.copyOf(history));
    }
}
