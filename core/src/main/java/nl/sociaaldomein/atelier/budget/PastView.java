package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A view of the budget as of a past date, or as known at a past moment: what to replay is
 * {@link #capture}d under the ledger's lock (the best checkpoint for it, the late additions to put
 * on top of it, the grants and reservations it refers to, and the entries after it), and
 * {@link #replay}ed outside it.
 */
final class PastView {

    /**
     * Where a replay starts and what it replays: the checkpoint (null: from an empty ledger), the
     * late additions recorded after it that lie before its place (applied on top of it, in
     * recording order), and the entries after its place, in replay order.
     */
    record Plan(Checkpoint from, List<RecordedEntry> overlay, List<RecordedEntry> tail) {
    }

    /** What a ledger knows, for planning a replay; read under the ledger's lock. */
    record Sources(List<RecordedEntry> recorded, List<RecordedEntry> effective, List<RecordedEntry> additions,
                   List<Checkpoint> checkpoints, List<Checkpoint> superseded, List<long[]> slowBatches) {
    }

    /** Replay order: effective day, then sequence. */
    static final Comparator<RecordedEntry> REPLAY_ORDER = Comparator
        .comparingLong((RecordedEntry r) -> r.entry().effectiveDate().toEpochDay()).thenComparingLong(RecordedEntry::sequence);

    private final BudgetTree tree;
    private final List<Checkpoint> chain;
    private final GrantState[] grants;
    private final ReservationState[] reservations;
    private final boolean[] touchedGrants;
    private final boolean[] touchedReservations;
    private final RecordedEntry[] overlay;
    private final RecordedEntry[] tail;

    private PastView(BudgetTree tree, List<Checkpoint> chain, GrantState[] grants, ReservationState[] reservations,
                     boolean[] touchedGrants, boolean[] touchedReservations, RecordedEntry[] overlay, RecordedEntry[] tail) {
        this.tree = tree;
        this.chain = chain;
        this.grants = grants;
        this.reservations = reservations;
        this.touchedGrants = touchedGrants;
        this.touchedReservations = touchedReservations;
        this.overlay = overlay;
        this.tail = tail;
    }

    /**
     * What to replay for the view as of {@code asOf} known at {@code knownAt} (null: now); null
     * when that view is the state now. Call under the ledger's lock.
     */
    static PastView capture(BudgetTree tree, LedgerState state, Sources sources, LocalDate latest, LocalDate asOf, Instant knownAt) {
        int knownUpTo = knownAt == null ? sources.recorded().size() : countRecordedUpTo(sources.recorded(), knownAt);
        if (knownUpTo == sources.recorded().size() && !asOf.isBefore(latest)) {
            return null;
        }
        Plan plan = plan(sources, asOf.toEpochDay(), asOf.toEpochDay(), knownUpTo);
        Checkpoint from = plan.from();
        GrantState[] grants = new GrantState[0];
        ReservationState[] reservations = new ReservationState[0];
        boolean[] touchedGrants = null;
        boolean[] touchedReservations = null;
        if (from != null) {
            grants = from.grants();
            reservations = from.reservations();
            touchedGrants = new boolean[grants.length];
            touchedReservations = new boolean[reservations.length];
            Map<String, Integer> grantIndex = from.grantList == state.grantList ? null : indexOfGrants(grants);
            Map<String, Integer> reservationIndex = from.reservationList == state.reservationList ? null : indexOfReservations(reservations);
            for (RecordedEntry entry : plan.tail()) {
                markTouched(state, grantIndex, reservationIndex, entry.entry(), touchedGrants, touchedReservations);
            }
        }
        return new PastView(tree, from == null ? List.of() : from.chain(), grants, reservations, touchedGrants, touchedReservations,
            plan.overlay().toArray(new RecordedEntry[0]), plan.tail().toArray(new RecordedEntry[0]));
    }

    /** Restores the checkpoint, adds the late additions and replays the entries after it; outside the ledger's lock. */
    BudgetView replay() {
        LedgerState replayed = chain.isEmpty() ? new LedgerState(tree)
            : Checkpoint.restore(tree, chain, grants, reservations, touchedGrants, touchedReservations);
        for (RecordedEntry entry : overlay) {
            post(replayed, entry);
        }
        for (RecordedEntry entry : tail) {
            post(replayed, entry);
        }
        return replayed.finalView();
    }

    private static void post(LedgerState state, RecordedEntry entry) {
        Optional<Rejection> rejection = PostingRules.post(state, entry.entry());
        if (rejection.isPresent()) {
            throw new IllegalStateException("an accepted entry was rejected on replay: " + rejection.get());
        }
    }

    /**
     * The replay of the entries recorded among the first {@code knownUpTo} up to day
     * {@code tailUpTo}: from the checkpoint with the latest place on or before day
     * {@code checkpointUpTo} that serves for {@code knownUpTo}.
     *
     * <p>A checkpoint serves when it was taken with at most {@code knownUpTo} entries recorded and
     * nothing recorded since then up to {@code knownUpTo} lies before its place, except late
     * additions: those are put on top of it (they only add a grant or reservation and its money,
     * so their place among the entries before it does not change its figures otherwise).
     */
    static Plan plan(Sources sources, long checkpointUpTo, long tailUpTo, long knownUpTo) {
        Checkpoint best = null;
        for (List<Checkpoint> list : List.of(sources.checkpoints(), sources.superseded())) {
            for (Checkpoint c : list) {
                if (c.day <= checkpointUpTo && c.knownUpTo <= knownUpTo && serves(c, knownUpTo, sources.slowBatches())
                    && (best == null || c.after(best.day, best.sequence))) {
                    best = c;
                }
            }
        }
        List<RecordedEntry> overlay = new ArrayList<>();
        List<RecordedEntry> lateTail = new ArrayList<>();
        for (RecordedEntry addition : sources.additions()) {
            if (addition.sequence() > knownUpTo) {
                break;
            }
            long day = addition.entry().effectiveDate().toEpochDay();
            boolean beforeCheckpoint = best != null && !after(day, addition.sequence(), best.day, best.sequence);
            if (beforeCheckpoint) {
                if (addition.sequence() > best.knownUpTo) {
                    overlay.add(addition);
                }
            } else if (day <= tailUpTo) {
                lateTail.add(addition);
            }
        }
        List<RecordedEntry> effective = sources.effective();
        int from = best == null ? 0 : firstAfter(effective, best.day, best.sequence);
        int to = tailUpTo == Long.MAX_VALUE ? effective.size() : firstAfter(effective, tailUpTo, Long.MAX_VALUE);
        List<RecordedEntry> tail = new ArrayList<>(Math.max(0, to - from) + lateTail.size());
        for (RecordedEntry entry : effective.subList(Math.min(from, to), to)) {
            if (entry.sequence() <= knownUpTo) {
                tail.add(entry);
            }
        }
        if (!lateTail.isEmpty()) {
            lateTail.sort(REPLAY_ORDER);
            tail = merge(tail, lateTail);
        }
        return new Plan(best, overlay, tail);
    }

    /** Whether no batch replayed in full (a late entry other than an addition) was recorded after {@code c} up to {@code knownUpTo} with an entry before its place. */
    private static boolean serves(Checkpoint c, long knownUpTo, List<long[]> slowBatches) {
        for (long[] batch : slowBatches) {
            long firstSequence = batch[0];
            if (firstSequence > c.knownUpTo && firstSequence <= knownUpTo && !after(batch[1], batch[2], c.day, c.sequence)) {
                return false;
            }
        }
        return true;
    }

    static boolean after(long day, long sequence, long otherDay, long otherSequence) {
        return day != otherDay ? day > otherDay : sequence > otherSequence;
    }

    /** The first index in {@code sorted} (replay order) whose place comes after ({@code day}, {@code sequence}). */
    static int firstAfter(List<RecordedEntry> sorted, long day, long sequence) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            RecordedEntry entry = sorted.get(mid);
            if (after(entry.entry().effectiveDate().toEpochDay(), entry.sequence(), day, sequence)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Two lists in replay order merged into one. */
    static List<RecordedEntry> merge(List<RecordedEntry> a, List<RecordedEntry> b) {
        List<RecordedEntry> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && REPLAY_ORDER.compare(a.get(i), b.get(j)) < 0)) {
                merged.add(a.get(i++));
            } else {
                merged.add(b.get(j++));
            }
        }
        return merged;
    }

    /** How many entries were recorded at or before {@code knownAt}: a binary search, moments only grow. */
    static int countRecordedUpTo(List<RecordedEntry> recorded, Instant knownAt) {
        long micros = RecordedEntry.microsOf(knownAt);
        int low = 0;
        int high = recorded.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (recorded.get(mid).recordedAfter(micros)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static Map<String, Integer> indexOfGrants(GrantState[] grants) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < grants.length; i++) {
            index.put(grants[i].initiativeId, i);
        }
        return index;
    }

    private static Map<String, Integer> indexOfReservations(ReservationState[] reservations) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < reservations.length; i++) {
            index.put(reservations[i].reservationId, i);
        }
        return index;
    }

    /**
     * Marks the grant and reservation (from before the checkpoint) an entry refers to. Their index
     * is the state's own when the checkpoint was taken in its order; else {@code grantIndex} and
     * {@code reservationIndex} give it.
     */
    private static void markTouched(LedgerState state, Map<String, Integer> grantIndex, Map<String, Integer> reservationIndex,
                                    LedgerEntry entry, boolean[] touchedGrants, boolean[] touchedReservations) {
        if (entry instanceof LedgerEntry.Reserve reserve) {
            markReservation(state, reservationIndex, reserve.reservationId(), touchedReservations);
        } else if (entry instanceof LedgerEntry.ReleaseReservation release) {
            markReservation(state, reservationIndex, release.reservationId(), touchedReservations);
        } else if (GrantRules.isGrantEntry(entry)) {
            String id = GrantRules.initiativeIdOf(entry);
            Integer index = grantIndex != null ? grantIndex.get(id) : indexOf(state.grants.get(id));
            if (index != null && index < touchedGrants.length) {
                touchedGrants[index] = true;
            }
            if (entry instanceof LedgerEntry.Grant created && created.reservationId().isPresent()) {
                markReservation(state, reservationIndex, created.reservationId().get(), touchedReservations);
            }
        }
    }

    private static Integer indexOf(GrantState grant) {
        return grant == null ? null : grant.index;
    }

    private static void markReservation(LedgerState state, Map<String, Integer> reservationIndex, String reservationId, boolean[] touched) {
        Integer index;
        if (reservationIndex != null) {
            index = reservationIndex.get(reservationId);
        } else {
            ReservationState reservation = state.reservations.get(reservationId);
            index = reservation == null ? null : reservation.index;
        }
        if (index != null && index < touched.length) {
            touched[index] = true;
        }
    }
}
