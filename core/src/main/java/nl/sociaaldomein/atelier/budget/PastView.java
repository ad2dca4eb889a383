package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A view of the budget as of a past date, or as known at a past moment: what to replay is
 * {@link #capture}d under the ledger's lock (the last checkpoint that holds only entries known
 * then, the grants and reservations it refers to, and the known entries after it), and
 * {@link #replay}ed outside it. A checkpoint holds only entries known at a moment when no entry
 * recorded later lies before it in effective-date order.
 */
final class PastView {

    private final BudgetTree tree;
    private final List<Checkpoint> upTo;
    private final GrantState[] grants;
    private final ReservationState[] reservations;
    private final boolean[] touchedGrants;
    private final boolean[] touchedReservations;
    private final RecordedEntry[] tail;

    private PastView(BudgetTree tree, List<Checkpoint> upTo, GrantState[] grants, ReservationState[] reservations,
                     boolean[] touchedGrants, boolean[] touchedReservations, RecordedEntry[] tail) {
        this.tree = tree;
        this.upTo = upTo;
        this.grants = grants;
        this.reservations = reservations;
        this.touchedGrants = touchedGrants;
        this.touchedReservations = touchedReservations;
        this.tail = tail;
    }

    /**
     * What to replay for the view as of {@code asOf} known at {@code knownAt} (null: now); null
     * when that view is the state now. Call under the ledger's lock.
     *
     * @param recorded  the ledger's entries in recording order
     * @param effective the same by effective date, ties in recording order: the order {@code state} replays
     */
    static PastView capture(BudgetTree tree, LedgerState state, List<RecordedEntry> recorded, List<RecordedEntry> effective,
                            List<Checkpoint> checkpoints, LocalDate asOf, Instant knownAt) {
        int knownUpTo = knownAt == null ? recorded.size() : countRecordedUpTo(recorded, knownAt);
        int count = countEffectiveUpTo(effective, asOf);
        if (count == effective.size() && knownUpTo == recorded.size()) {
            return null;
        }
        int limit = Math.min(count, firstEffectivePositionRecordedAfter(recorded, effective, knownUpTo));
        List<Checkpoint> upTo = checkpointsUpTo(checkpoints, limit);
        Checkpoint from = upTo.isEmpty() ? null : upTo.get(upTo.size() - 1);
        GrantState[] grants = new GrantState[0];
        ReservationState[] reservations = new ReservationState[0];
        if (from != null) {
            grants = state.grantList.subList(0, from.grantCount()).toArray(grants);
            reservations = state.reservationList.subList(0, from.reservationCount()).toArray(reservations);
        }
        List<RecordedEntry> known = new ArrayList<>();
        for (RecordedEntry entry : effective.subList(from == null ? 0 : from.entries, count)) {
            if (entry.sequence() <= knownUpTo) {
                known.add(entry);
            }
        }
        RecordedEntry[] tail = known.toArray(new RecordedEntry[0]);
        boolean[] touchedGrants = null;
        boolean[] touchedReservations = null;
        if (from != null) {
            touchedGrants = new boolean[grants.length];
            touchedReservations = new boolean[reservations.length];
            for (RecordedEntry entry : tail) {
                markTouched(state, entry.entry(), touchedGrants, touchedReservations);
            }
        }
        return new PastView(tree, upTo, grants, reservations, touchedGrants, touchedReservations, tail);
    }

    /** Restores the checkpoint and replays the entries after it; outside the ledger's lock. */
    BudgetView replay() {
        LedgerState replayed = upTo.isEmpty() ? new LedgerState(tree)
            : Checkpoint.restore(tree, upTo, grants, reservations, touchedGrants, touchedReservations);
        for (RecordedEntry entry : tail) {
            Optional<Rejection> rejection = PostingRules.post(replayed, entry.entry());
            if (rejection.isPresent()) {
                throw new IllegalStateException("an accepted entry was rejected on replay: " + rejection.get());
            }
        }
        return replayed.finalView();
    }

    /** The checkpoints up to the last one taken within the first {@code count} entries by effective date. */
    static List<Checkpoint> checkpointsUpTo(List<Checkpoint> checkpoints, int count) {
        int n = 0;
        while (n < checkpoints.size() && checkpoints.get(n).entries <= count) {
            n++;
        }
        return List.copyOf(checkpoints.subList(0, n));
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

    /** How many entries are effective up to {@code asOf}: they are sorted by effective date, so a binary search finds the prefix. */
    static int countEffectiveUpTo(List<RecordedEntry> effective, LocalDate asOf) {
        int low = 0;
        int high = effective.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (effective.get(mid).entry().effectiveDate().isAfter(asOf)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The first place, by effective date, of an entry recorded after the first {@code knownUpTo}; the size when none. */
    private static int firstEffectivePositionRecordedAfter(List<RecordedEntry> recorded, List<RecordedEntry> effective, int knownUpTo) {
        RecordedEntry first = null;
        for (int i = knownUpTo; i < recorded.size(); i++) {
            RecordedEntry entry = recorded.get(i);
            if (first == null || entry.entry().effectiveDate().isBefore(first.entry().effectiveDate())) {
                first = entry;
            }
        }
        if (first == null) {
            return effective.size();
        }
        // Entries on that day recorded before it come first: from the day's start, find it by its sequence.
        LocalDate date = first.entry().effectiveDate();
        int position = date.equals(LocalDate.MIN) ? 0 : countEffectiveUpTo(effective, date.minusDays(1));
        while (position < effective.size() && effective.get(position).sequence() != first.sequence()) {
            position++;
        }
        return position;
    }

    /** Marks the grant and reservation (from before the checkpoint) an entry refers to. */
    private static void markTouched(LedgerState state, LedgerEntry entry, boolean[] touchedGrants, boolean[] touchedReservations) {
        if (entry instanceof LedgerEntry.Reserve reserve) {
            markReservation(state, reserve.reservationId(), touchedReservations);
        } else if (entry instanceof LedgerEntry.ReleaseReservation release) {
            markReservation(state, release.reservationId(), touchedReservations);
        } else if (GrantRules.isGrantEntry(entry)) {
            GrantState grant = state.grants.get(GrantRules.initiativeIdOf(entry));
            if (grant != null && grant.index < touchedGrants.length) {
                touchedGrants[grant.index] = true;
            }
            if (entry instanceof LedgerEntry.Grant created && created.reservationId().isPresent()) {
                markReservation(state, created.reservationId().get(), touchedReservations);
            }
        }
    }

    private static void markReservation(LedgerState state, String reservationId, boolean[] touched) {
        ReservationState reservation = state.reservations.get(reservationId);
        if (reservation != null && reservation.index < touched.length) {
            touched[reservation.index] = true;
        }
    }
}
