package nl.sociaaldomein.atelier.budget;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only budget ledger: every change to the budget is an entry, posted whole or rejected
 * with a typed reason. Safe to use from many threads: posting and reading the current view take
 * the ledger's lock; an as-of view copies the entries it needs under the lock and replays them
 * outside it.
 *
 * <p>The as-of rule: an entry whose effective date lies before the latest effective date already
 * posted is rejected ({@link RejectionKind#BACKDATED}); corrections are new entries. So the
 * entries effective up to a date are always a prefix of the ledger, and the view as of that date
 * is exactly the state after that prefix, which was checked when it was posted.
 */
public final class Ledger {

    private final BudgetTree tree;
    private final LedgerState state;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, Integer> positionById = new HashMap<>();
    /** The figures every {@code checkpointInterval} entries, so that an as-of view replays fewer than that. */
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private LocalDate latest = LocalDate.MIN;

    private final int checkpointInterval;

    private Ledger(BudgetTree tree, int checkpointInterval) {
        this.tree = tree;
        this.checkpointInterval = checkpointInterval;
        this.state = new LedgerState(tree);
        this.state.trackChanges();
    }

    /** An empty ledger over the given budget tree. */
    public static Ledger create(BudgetTree tree) {
        return new Ledger(Objects.requireNonNull(tree, "tree"), Checkpoint.INTERVAL);
    }

    /** A ledger taking checkpoints more often than {@link #create}'s, so that tests reach them with few entries. */
    static Ledger withCheckpointsEvery(BudgetTree tree, int interval) {
        return new Ledger(Objects.requireNonNull(tree, "tree"), interval);
    }

    /**
     * Posts the entries one by one from an empty ledger; the first rejection stops the replay.
     * Replaying a ledger's {@link #entries()} gives a ledger in the same state.
     */
    public static Either<Rejection, Ledger> replay(BudgetTree tree, Iterable<? extends LedgerEntry> entries) {
        Ledger ledger = create(tree);
        for (LedgerEntry entry : entries) {
            Either<Rejection, Posted> posted = ledger.post(entry);
            if (posted.isLeft()) {
                return Either.left(posted.getLeft());
            }
        }
        return Either.right(ledger);
    }

    public BudgetTree tree() {
        return tree;
    }

    /**
     * Posts an entry. Posting an entry whose id was posted before with the same fields changes
     * nothing and succeeds again (marked {@link Posted#duplicate()}); with different fields it is
     * rejected as {@link RejectionKind#EXISTS_WITH_DIFFERENT_FIELDS}.
     */
    public synchronized Either<Rejection, Posted> post(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        Integer position = positionById.get(entry.id());
        if (position != null) {
            LedgerEntry existing = entries.get(position);
            if (!existing.equals(entry)) {
                return Either.left(new Rejection(RejectionKind.EXISTS_WITH_DIFFERENT_FIELDS, entry.id(),
                    "entry '" + entry.id() + "' exists with different fields: " + existing));
            }
            return Either.right(posted(existing, position + 1L, true));
        }
        if (entry.effectiveDate().isBefore(latest)) {
            return Either.left(new Rejection(RejectionKind.BACKDATED, entry.id(), "effective date "
                + PostingRules.DUTCH_DATE.format(entry.effectiveDate()) + " lies before "
                + PostingRules.DUTCH_DATE.format(latest) + ", the latest already posted; post a correcting entry instead"));
        }
        Optional<Rejection> rejection = PostingRules.post(state, entry);
        if (rejection.isPresent()) {
            return Either.left(rejection.get());
        }
        positionById.put(entry.id(), entries.size());
        entries.add(entry);
        latest = entry.effectiveDate();
        if (entries.size() % checkpointInterval == 0) {
            checkpoints.add(state.checkpoint(entries.size()));
        }
        return Either.right(posted(entry, entries.size(), false));
    }

    private Posted posted(LedgerEntry entry, long sequence, boolean duplicate) {
        int[] pots = PostingRules.touchedPots(state, entry);
        Optional<GrantView> grant = entry instanceof LedgerEntry.Reserve || entry instanceof LedgerEntry.ReleaseReservation
            || entry instanceof LedgerEntry.Transfer ? Optional.empty()
            : Optional.of(state.grants.get(GrantRules.initiativeIdOf(entry)).view(state));
        return new Posted(entry, sequence, duplicate, state.potViews(pots), grant);
    }

    /** The budget now. */
    public synchronized BudgetView view() {
        return state.view();
    }

    /**
     * The budget as it stood at the end of {@code asOf}: the replay of the entries effective up to
     * that day. When that is every entry (an as-of date on or after the latest posted), the state
     * now is that replay's result and the view is taken from it; otherwise the replay starts from
     * the last checkpoint within those entries, so it replays fewer than {@link Checkpoint#INTERVAL} (65.536).
     */
    public BudgetView view(LocalDate asOf) {
        LedgerEntry[] tail;
        List<Checkpoint> upTo;
        GrantState[] grants = new GrantState[0];
        ReservationState[] reservations = new ReservationState[0];
        boolean[] touchedGrants = null;
        boolean[] touchedReservations = null;
        synchronized (this) {
            int count = countEffectiveUpTo(asOf);
            if (count == entries.size()) {
                return state.view();
            }
            upTo = List.copyOf(checkpoints.subList(0, count / checkpointInterval));
            int from = upTo.isEmpty() ? 0 : upTo.get(upTo.size() - 1).entries;
            if (!upTo.isEmpty()) {
                Checkpoint last = upTo.get(upTo.size() - 1);
                grants = state.grantList.subList(0, last.grantCount()).toArray(grants);
                reservations = state.reservationList.subList(0, last.reservationCount()).toArray(reservations);
            }
            tail = entries.subList(from, count).toArray(new LedgerEntry[0]);
            if (!upTo.isEmpty()) {
                touchedGrants = new boolean[grants.length];
                touchedReservations = new boolean[reservations.length];
                for (LedgerEntry entry : tail) {
                    markTouched(entry, touchedGrants, touchedReservations);
                }
            }
        }
        LedgerState replayed = upTo.isEmpty() ? new LedgerState(tree)
            : Checkpoint.restore(tree, upTo, grants, reservations, touchedGrants, touchedReservations);
        for (LedgerEntry entry : tail) {
            Optional<Rejection> rejection = PostingRules.post(replayed, entry);
            if (rejection.isPresent()) {
                throw new IllegalStateException("an accepted entry was rejected on replay: " + rejection.get());
            }
        }
        return replayed.finalView();
    }

    /** Marks the grant and reservation (from before the checkpoint) an entry refers to; under the lock. */
    private void markTouched(LedgerEntry entry, boolean[] touchedGrants, boolean[] touchedReservations) {
        if (entry instanceof LedgerEntry.Reserve reserve) {
            markReservation(reserve.reservationId(), touchedReservations);
        } else if (entry instanceof LedgerEntry.ReleaseReservation release) {
            markReservation(release.reservationId(), touchedReservations);
        } else if (!(entry instanceof LedgerEntry.Transfer)) {
            GrantState grant = state.grants.get(GrantRules.initiativeIdOf(entry));
            if (grant != null && grant.index < touchedGrants.length) {
                touchedGrants[grant.index] = true;
            }
            if (entry instanceof LedgerEntry.Grant created && created.reservationId().isPresent()) {
                markReservation(created.reservationId().get(), touchedReservations);
            }
        }
    }

    private void markReservation(String reservationId, boolean[] touched) {
        ReservationState reservation = state.reservations.get(reservationId);
        if (reservation != null && reservation.index < touched.length) {
            touched[reservation.index] = true;
        }
    }

    /** The entries in posting order (a copy). */
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Entries are in effective-date order (the as-of rule), so a binary search finds the prefix. */
    private int countEffectiveUpTo(LocalDate asOf) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).effectiveDate().isAfter(asOf)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
