package nl.sociaaldomein.atelier.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.money.Money;

/**
 * The running totals of a ledger: per pot (arrays indexed by pot), per grant and per reservation.
 * Not thread-safe; {@link Ledger} guards it. Posting updates totals in O(1) per pot touched, so
 * no check ever re-sums history.
 */
final class LedgerState {

    final String[] potIds;
    final String[] potNames;
    final BudgetPeriod[] periods;
    final int[] parents; // -1 for a root
    final Map<String, Integer> potIndex = new HashMap<>();
    final long[] ceiling;
    final long[] allocatedToChildren;
    final long[] reserved;
    final long[] granted;
    final long[] advanced;
    final long[] determined;
    final long[] reclaimable;
    final long[] reclaimed;
    /** By id; in creation order in {@link #grantList} (and {@link #restored} before it). */
    final Map<String, GrantState> grants;
    final Map<String, ReservationState> reservations;
    /** For a state restored from checkpoints, the grants and reservations from before; else null. */
    private final RestoredFigures restored;
    /** Grants and reservations in creation order, by their index. */
    final List<GrantState> grantList;
    final List<ReservationState> reservationList;
    /** What changed since the last checkpoint; null when this state takes no checkpoints (a replay). */
    private List<GrantState> changedGrants;
    private List<ReservationState> changedReservations;
    long entryCount;
    /** The pot figures day by day, for checking late entries without a replay; null for a state that does not keep them (a replay for a view). */
    DayTotals dayTotals;
    /** The last entry accepted and the pots it changed, so that a posting's answer need not look them up again. */
    private LedgerEntry lastAccepted;
    private int[] lastTouched;
    /** The pot totals in {@link #potTotals()}'s order, made once. */
    private final long[][] totals;
    /** Set between {@link #begin} and {@link #commit} or {@link #rollback}. */
    private Undo undo;

    LedgerState(BudgetTree tree) {
        this(tree, null);
    }

    /**
     * A state restored from checkpoints: the grants and reservations created before it are in
     * {@code restored} (its maps hold only those a replay will touch); those created after are in
     * {@link #grantList} and {@link #reservationList} as usual.
     */
    LedgerState(BudgetTree tree, RestoredFigures restored) {
        this.restored = restored;
        grants = new HashMap<>();
        reservations = new HashMap<>();
        grantList = new ArrayList<>();
        reservationList = new ArrayList<>();
        List<Pot> pots = tree.pots();
        int n = pots.size();
        potIds = new String[n];
        potNames = new String[n];
        periods = new BudgetPeriod[n];
        parents = new int[n];
        ceiling = new long[n];
        allocatedToChildren = new long[n];
        reserved = new long[n];
        granted = new long[n];
        advanced = new long[n];
        determined = new long[n];
        reclaimable = new long[n];
        reclaimed = new long[n];
        for (int i = 0; i < n; i++) {
            Pot pot = pots.get(i);
            potIds[i] = pot.id();
            potNames[i] = pot.name();
            periods[i] = pot.period();
            ceiling[i] = pot.ceiling().cents();
            potIndex.put(pot.id(), i);
            // BudgetTree lists parents first, so the parent's index is known here.
            parents[i] = pot.parentId().map(potIndex::get).orElse(-1);
            if (parents[i] >= 0) {
                allocatedToChildren[parents[i]] += ceiling[i];
            }
        }
        totals = new long[][] {ceiling, allocatedToChildren, reserved, granted, advanced, determined, reclaimable, reclaimed};
    }

    /** Starts keeping the pot figures day by day ({@link DayTotals}) from the figures now. */
    void keepDayTotals() {
        dayTotals = new DayTotals(totals);
    }

    /** Notes an accepted entry in the day totals, if kept. */
    void noteAccepted(LedgerEntry entry) {
        if (dayTotals != null) {
            int[] touched = PostingRules.touchedPots(this, entry);
            dayTotals.posted(entry.effectiveDate().toEpochDay(), touched, totals);
            lastAccepted = entry;
            lastTouched = touched;
        }
    }

    /** The pots the (accepted) entry changed: noted when it was accepted, or found again. */
    int[] touchedPots(LedgerEntry entry) {
        return entry == lastAccepted ? lastTouched : PostingRules.touchedPots(this, entry);
    }

    /** Starts recording what changes, for {@link #checkpoint}: only the ledger's own state needs it. */
    void trackChanges() {
        changedGrants = new ArrayList<>();
        changedReservations = new ArrayList<>();
    }

    void add(GrantState grant) {
        grant.index = grantList.size();
        grantList.add(grant);
        grants.put(grant.initiativeId, grant);
    }

    void add(ReservationState reservation) {
        reservation.index = reservationList.size();
        reservationList.add(reservation);
        reservations.put(reservation.reservationId, reservation);
        touched(reservation);
    }

    void touched(GrantState grant) {
        if (changedGrants != null && !grant.changed) {
            grant.changed = true;
            changedGrants.add(grant);
        }
    }

    void touched(ReservationState reservation) {
        if (changedReservations != null && !reservation.changed) {
            reservation.changed = true;
            changedReservations.add(reservation);
        }
    }

    /**
     * The figures now, as changes since the previous checkpoint: O(what changed), not O(state).
     * The last entry replayed is at ({@code day}, {@code sequence}); {@code knownUpTo} entries were recorded.
     */
    Checkpoint checkpoint(Checkpoint previous, long day, long sequence, long knownUpTo) {
        Checkpoint checkpoint = new Checkpoint(this, previous, day, sequence, knownUpTo, changedGrants, changedReservations);
        changedGrants.forEach(g -> g.changed = false);
        changedReservations.forEach(r -> r.changed = false);
        changedGrants.clear();
        changedReservations.clear();
        return checkpoint;
    }

    /**
     * Starts a change that may have to be undone as a whole (a batch of entries, or an entry
     * whose journal append may fail): {@link #rollback} returns to this point, {@link #commit}
     * keeps what was posted since. Costs a copy of the pot totals, and of each existing grant or
     * reservation the first time it changes.
     */
    void begin() {
        undo = new Undo(this);
        if (dayTotals != null) {
            dayTotals.begin();
        }
    }

    /** Keeps what was posted since {@link #begin}. */
    void commit() {
        undo = null;
        if (dayTotals != null) {
            dayTotals.commit();
        }
    }

    /** Returns to the state at {@link #begin}. */
    void rollback() {
        undo.restore(this);
        undo = null;
        if (dayTotals != null) {
            dayTotals.rollback();
        }
    }

    /** Called before an existing grant's figures change, so that {@link #rollback} can restore them. */
    void saving(GrantState grant) {
        if (undo != null && grant.index < undo.grantCount) {
            if (undo.grants == null) {
                undo.grants = new IdentityHashMap<>();
            }
            undo.grants.computeIfAbsent(grant, GrantState::copy);
        }
    }

    void saving(ReservationState reservation) {
        if (undo != null && reservation.index < undo.reservationCount) {
            if (undo.reservations == null) {
                undo.reservations = new IdentityHashMap<>();
            }
            undo.reservations.putIfAbsent(reservation, reservation.outstanding);
        }
    }

    /** The pot totals: ceiling, allocated to children, reserved, granted, advanced, determined, reclaimable, reclaimed. */
    long[][] potTotals() {
        return totals;
    }

    /** What {@link #rollback} needs: the totals and counts at {@link #begin}, and the figures of what changed since. */
    private static final class Undo {
        final long[][] pots;
        final int grantCount;
        final int reservationCount;
        final long entryCount;
        final int changedGrantCount;
        final int changedReservationCount;
        /** Made on the first change of an existing grant or reservation: most batches create more than they change. */
        Map<GrantState, GrantState> grants;
        Map<ReservationState, Long> reservations;

        Undo(LedgerState state) {
            long[][] totals = state.potTotals();
            pots = new long[totals.length][];
            for (int k = 0; k < totals.length; k++) {
                pots[k] = totals[k].clone();
            }
            grantCount = state.grantList.size();
            reservationCount = state.reservationList.size();
            entryCount = state.entryCount;
            changedGrantCount = state.changedGrants == null ? 0 : state.changedGrants.size();
            changedReservationCount = state.changedReservations == null ? 0 : state.changedReservations.size();
        }

        void restore(LedgerState state) {
            long[][] totals = state.potTotals();
            for (int k = 0; k < totals.length; k++) {
                System.arraycopy(pots[k], 0, totals[k], 0, pots[k].length);
            }
            if (state.changedGrants != null) {
                truncate(state.changedGrants, changedGrantCount).forEach(g -> g.changed = false);
                truncate(state.changedReservations, changedReservationCount).forEach(r -> r.changed = false);
            }
            for (GrantState grant : truncate(state.grantList, grantCount)) {
                state.grants.remove(grant.initiativeId);
            }
            for (ReservationState reservation : truncate(state.reservationList, reservationCount)) {
                state.reservations.remove(reservation.reservationId);
            }
            (grants == null ? Map.<GrantState, GrantState>of() : grants).forEach((grant, saved) -> {
                grant.granted = saved.granted;
                grant.grantedParts = saved.grantedParts;
                grant.advanced = saved.advanced;
                grant.determined = saved.determined;
                grant.reclaimed = saved.reclaimed;
                grant.withdrawn = saved.withdrawn;
            });
            (reservations == null ? Map.<ReservationState, Long>of() : reservations)
                .forEach((reservation, outstanding) -> reservation.outstanding = outstanding);
            state.entryCount = entryCount;
        }

        /** Removes and returns the elements from {@code size} on. */
        private static <T> List<T> truncate(List<T> list, int size) {
            List<T> removed = new ArrayList<>(list.subList(size, list.size()));
            list.subList(size, list.size()).clear();
            return removed;
        }
    }

    /** Ceiling − allocated to child pots − granted − reserved. */
    long remaining(int pot) {
        return ceiling[pot] - allocatedToChildren[pot] - granted[pot] - reserved[pot];
    }

    PotView potView(int pot) {
        return new PotView(potIds[pot], potNames[pot], Money.ofCents(ceiling[pot]), Money.ofCents(allocatedToChildren[pot]),
            Money.ofCents(reserved[pot]), Money.ofCents(granted[pot]), Money.ofCents(advanced[pot]),
            Money.ofCents(determined[pot]), Money.ofCents(reclaimable[pot]), Money.ofCents(reclaimed[pot]),
            Money.ofCents(remaining(pot)));
    }

    /** The view of a pot whose figures are {@code figures} ({@link #potTotals()}'s order), as at another place than now. */
    PotView potView(int pot, long[] f) {
        return new PotView(potIds[pot], potNames[pot], Money.ofCents(f[0]), Money.ofCents(f[1]), Money.ofCents(f[2]),
            Money.ofCents(f[3]), Money.ofCents(f[4]), Money.ofCents(f[5]), Money.ofCents(f[6]), Money.ofCents(f[7]),
            Money.ofCents(f[0] - f[1] - f[3] - f[2]));
    }

    List<PotView> potViews(int... pots) {
        List<PotView> views = new ArrayList<>(pots.length);
        for (int pot : pots) {
            views.add(potView(pot));
        }
        return views;
    }

    /**
     * A view of the state as it is now, independent of later postings: the per-grant and
     * per-reservation figures are copied into arrays, and their views are built when read.
     */
    BudgetView view() {
        return view(true);
    }

    /** A view of a state nobody posts to any more (a replay): its grants need no copying. */
    BudgetView finalView() {
        return view(false);
    }

    private BudgetView view(boolean copyGrants) {
        Map<String, PotView> pots = new LinkedHashMap<>();
        for (int i = 0; i < potIds.length; i++) {
            pots.put(potIds[i], potView(i));
        }
        return new BudgetView(entryCount, pots, frozenGrants(copyGrants), frozenReservations());
    }

    private Map<String, GrantView> frozenGrants(boolean copy) {
        int before = restored == null ? 0 : restored.fixedGrants.length;
        int n = before + grantList.size();
        String[] ids = new String[n];
        GrantState[] frozen = new GrantState[n];
        for (int i = 0; i < before; i++) {
            ids[i] = restored.fixedGrants[i].initiativeId;
            frozen[i] = restored.grants[i];
        }
        for (int i = before; i < n; i++) {
            GrantState grant = grantList.get(i - before);
            ids[i] = grant.initiativeId;
            frozen[i] = copy ? grant.copy() : grant;
        }
        String[] potIdsNow = potIds;
        RestoredFigures columns = restored;
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            days[i] = (i < before ? restored.fixedGrants[i] : frozen[i]).grantedOn.toEpochDay();
        }
        int[] order = CreationOrder.of(days);
        if (order != null) {
            String[] ordered = new String[n];
            for (int i = 0; i < n; i++) {
                ordered[i] = ids[order[i]];
            }
            // Grants from before a restore that the replay did not touch are read from the checkpoint's columns.
            return new SnapshotMap<>(ordered, g -> (frozen[order[g]] != null ? frozen[order[g]] : columns.grant(order[g])).view(potIdsNow));
        }
        // Grants from before a restore that the replay did not touch are read from the checkpoint's columns.
        return new SnapshotMap<>(ids, g -> (frozen[g] != null ? frozen[g] : columns.grant(g)).view(potIdsNow));
    }

    private Map<String, ReservationView> frozenReservations() {
        int before = restored == null ? 0 : restored.fixedReservations.length;
        int n = before + reservationList.size();
        String[] ids = new String[n];
        ReservationState[] states = new ReservationState[n];
        long[] outstanding = new long[n];
        long[] days = new long[n];
        for (int i = 0; i < before; i++) {
            ids[i] = restored.fixedReservations[i].reservationId;
            days[i] = restored.fixedReservations[i].createdOn.toEpochDay();
        }
        for (int i = before; i < n; i++) {
            states[i] = reservationList.get(i - before);
            ids[i] = states[i].reservationId;
            outstanding[i] = states[i].outstanding;
            days[i] = states[i].createdOn.toEpochDay();
        }
        RestoredFigures columns = restored;
        int[] order = CreationOrder.of(days);
        String[] orderedIds = ids;
        if (order != null) {
            orderedIds = new String[n];
            for (int i = 0; i < n; i++) {
                orderedIds[i] = ids[order[i]];
            }
        }
        // Reservations from before a restore are read when the view is: the replay that restored them is over.
        return new SnapshotMap<>(orderedIds, at -> {
            int r = order == null ? at : order[at];
            ReservationState state = r < before ? columns.reservation(r) : states[r];
            return new ReservationView(state.reservationId, potIds[state.pot], state.purpose,
                Money.ofCents(r < before ? state.outstanding : outstanding[r]));
        });
    }
}
