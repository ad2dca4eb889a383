package nl.sociaaldomein.atelier.budget;

import java.util.List;

/**
 * The ledger's figures after a number of entries, kept so that an as-of view replays at most the
 * entries since the last checkpoint instead of the whole ledger. A checkpoint holds the pot
 * totals and only the grants and reservations changed since the previous one, so taking one
 * costs what changed (O(1) per entry) and the checkpoints together hold about one change record
 * per entry. {@link #restore} rebuilds the state from the checkpoints up to one.
 */
final class Checkpoint {

    /** How many entries lie between checkpoints: the most an as-of view replays. */
    static final int INTERVAL = 1 << 16;

    final int entries;
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

    Checkpoint(LedgerState state, int entries, List<GrantState> changedGrants, List<ReservationState> changedReservations) {
        this.entries = entries;
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
