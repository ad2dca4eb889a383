package nl.sociaaldomein.atelier.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ledger's figures at a place in the replay by effective date, kept so that an as-of view
 * replays at most the entries since the last checkpoint instead of the whole ledger. A checkpoint
 * holds the pot totals and only the grants and reservations changed since the {@link #previous}
 * one, so taking one costs what changed (O(1) per entry) and the checkpoints together hold about
 * one change record per entry. {@link #restore} rebuilds the state from the chain up to one.
 *
 * <p>A checkpoint describes the replay of the entries recorded up to its {@link #knownUpTo} whose
 * place (effective day, then sequence) is at or before its own ({@link #day}, {@link #sequence}).
 * That stays true whatever is recorded later, so a checkpoint is never wrong, only sometimes of
 * no use: for a view as known at a later moment it serves when what was recorded since and lies
 * before its place was only added money ({@code Ledger}'s late additions, applied on top).
 */
final class Checkpoint {

    /** How many entries lie between checkpoints: the most an as-of view replays. */
    static final int INTERVAL = 1 << 14;

    /** The place of the last entry it holds: its effective day and sequence. */
    final long day;
    final long sequence;
    /** How many entries were recorded when it was taken. */
    final long knownUpTo;
    /** The checkpoint whose figures this one's changes apply to; null for the first. */
    final Checkpoint previous;
    /** The grants and reservations of the state that took it, in that state's order (only the first counts are used). */
    List<GrantState> grantList;
    List<ReservationState> reservationList;
    /** The day's figures so far per pot ({@link DayTotals#leavesOf}); null when the state kept none. */
    final long[][] dayLeaves;
    private final long entryCount;
    private final long[][] potFigures;
    private final int grantCount;
    private final int reservationCount;
    private final int[] grantIndex;
    private final long[] grantFigures; // granted, advanced, determined, reclaimed per changed grant
    private final boolean[] withdrawn;
    private final long[][] grantedParts; // per changed grant; null for a single-pot grant
    private final int[] reservationIndex;
    private final long[] outstanding;

    Checkpoint(LedgerState state, Checkpoint previous, long day, long sequence, long knownUpTo,
               List<GrantState> changedGrants, List<ReservationState> changedReservations) {
        this.previous = previous;
        this.day = day;
        this.sequence = sequence;
        this.knownUpTo = knownUpTo;
        this.grantList = state.grantList;
        this.reservationList = state.reservationList;
        this.dayLeaves = state.dayTotals == null ? null : state.dayTotals.leavesOf(day);
        this.entryCount = state.entryCount;
        this.potFigures = new long[][] {state.ceiling.clone(), state.allocatedToChildren.clone(), state.reserved.clone(),
            state.granted.clone(), state.advanced.clone(), state.determined.clone(), state.reclaimable.clone(), state.reclaimed.clone()};
        this.grantCount = state.grantList.size();
        this.reservationCount = state.reservationList.size();
        int g = changedGrants.size();
        grantIndex = new int[g];
        grantFigures = new long[g * 4];
        withdrawn = new boolean[g];
        grantedParts = new long[g][];
        for (int i = 0; i < g; i++) {
            GrantState grant = changedGrants.get(i);
            grantIndex[i] = grant.index;
            grantFigures[i * 4] = grant.granted;
            grantFigures[i * 4 + 1] = grant.advanced;
            grantFigures[i * 4 + 2] = grant.determined;
            grantFigures[i * 4 + 3] = grant.reclaimed;
            withdrawn[i] = grant.withdrawn;
            grantedParts[i] = grant.grantedParts;
        }
        int r = changedReservations.size();
        reservationIndex = new int[r];
        outstanding = new long[r];
        for (int i = 0; i < r; i++) {
            reservationIndex[i] = changedReservations.get(i).index;
            outstanding[i] = changedReservations.get(i).outstanding;
        }
    }

    int grantCount() {
        return grantCount;
    }

    /** Whether its place comes after ({@code day}, {@code sequence}). */
    boolean after(long otherDay, long otherSequence) {
        return day != otherDay ? day > otherDay : sequence > otherSequence;
    }

    /** The checkpoints from the first to this one. */
    List<Checkpoint> chain() {
        List<Checkpoint> chain = new ArrayList<>();
        for (Checkpoint c = this; c != null; c = c.previous) {
            chain.add(c);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Its grants, in the order of the state that took it. Call under the ledger's lock. */
    GrantState[] grants() {
        return grantList.subList(0, grantCount).toArray(new GrantState[0]);
    }

    ReservationState[] reservations() {
        return reservationList.subList(0, reservationCount).toArray(new ReservationState[0]);
    }

    int reservationCount() {
        return reservationCount;
    }

    /**
     * The state at the last of {@code checkpoints} as a ledger's own state: every grant and
     * reservation an object again, changes tracked from there. A late entry is checked from it.
     *
     * @param grants the ledger's first {@code grantCount()} grants of that checkpoint, in creation order (their fixed parts are used)
     * @param reservations likewise its reservations
     */
    static LedgerState restoreLive(BudgetTree tree, List<Checkpoint> checkpoints, GrantState[] grants, ReservationState[] reservations) {
        boolean[] all = new boolean[grants.length];
        java.util.Arrays.fill(all, true);
        boolean[] allReservations = new boolean[reservations.length];
        java.util.Arrays.fill(allReservations, true);
        LedgerState columns = restore(tree, checkpoints, grants, reservations, all, allReservations);
        LedgerState live = new LedgerState(tree);
        long[][] from = columns.potTotals();
        long[][] to = live.potTotals();
        for (int k = 0; k < from.length; k++) {
            System.arraycopy(from[k], 0, to[k], 0, from[k].length);
        }
        live.entryCount = columns.entryCount;
        for (int i = 0; i < grants.length; i++) {
            live.add(columns.grants.get(grants[i].initiativeId));
        }
        for (int i = 0; i < reservations.length; i++) {
            live.add(columns.reservations.get(reservations[i].reservationId));
        }
        live.trackChanges();
        return live;
    }

    /**
     * The state at the last of {@code checkpoints} (in order, from the first): the changes applied
     * in order into columns; the grants and reservations marked as touched (those the entries to
     * be replayed refer to) become states in its maps, the others stay columns for its view.
     *
     * @param grants the ledger's first {@code grantCount()} grants of that checkpoint, in creation order
     * @param reservations likewise its reservations
     */
    static LedgerState restore(BudgetTree tree, List<Checkpoint> checkpoints, GrantState[] grants, ReservationState[] reservations,
                               boolean[] touchedGrants, boolean[] touchedReservations) {
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        long[] figures = new long[grants.length * 4];
        boolean[] isWithdrawn = new boolean[grants.length];
        long[][] parts = new long[grants.length][];
        long[] reserved = new long[reservations.length];
        for (Checkpoint c : checkpoints) {
            for (int i = 0; i < c.grantIndex.length; i++) {
                System.arraycopy(c.grantFigures, i * 4, figures, c.grantIndex[i] * 4, 4);
                isWithdrawn[c.grantIndex[i]] = c.withdrawn[i];
                parts[c.grantIndex[i]] = c.grantedParts[i];
            }
            for (int i = 0; i < c.reservationIndex.length; i++) {
                reserved[c.reservationIndex[i]] = c.outstanding[i];
            }
        }
        RestoredFigures restored = new RestoredFigures(grants, figures, isWithdrawn, parts, reservations, reserved);
        LedgerState state = new LedgerState(tree, restored);
        long[][] target = {state.ceiling, state.allocatedToChildren, state.reserved, state.granted, state.advanced,
            state.determined, state.reclaimable, state.reclaimed};
        for (int k = 0; k < target.length; k++) {
            System.arraycopy(last.potFigures[k], 0, target[k], 0, target[k].length);
        }
        state.entryCount = last.entryCount;
        for (int i = 0; i < grants.length; i++) {
            if (touchedGrants[i]) {
                restored.grants[i] = restored.grant(i);
                state.grants.put(grants[i].initiativeId, restored.grants[i]);
            }
        }
        for (int i = 0; i < reservations.length; i++) {
            if (touchedReservations[i]) {
                restored.reservations[i] = restored.reservation(i);
                state.reservations.put(reservations[i].reservationId, restored.reservations[i]);
            }
        }
        return state;
    }
}
