package nl.sociaaldomein.atelier.budget;

import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;

/**
 * The budget ledger, a system of record with two times (docs/budgets.md). Every change is an
 * entry; a batch of entries is accepted whole or refused whole with the entry and the reason.
 * Each accepted entry keeps its effective date (valid time) and the moment the ledger recorded it
 * (transaction time, from the ledger's clock, strictly increasing per batch). Nothing recorded is
 * ever changed or removed: corrections are new entries.
 *
 * <p>An entry may be effective before entries recorded earlier (a late registration). It is
 * accepted when every entry still holds at its own place in effective-date order, i.e. when the
 * replay of all entries by effective date (ties in recording order) accepts each of them: no
 * later day's view may exceed a ceiling because of it. Otherwise it is refused with the first
 * date that would break and why. The state now is that replay's result.
 *
 * <p>Views on both axes: {@link #view(LocalDate)} is what is true about a date as known now;
 * {@link #view(LocalDate, Instant)} is what the ledger said about that date at that moment.
 *
 * <p>With a {@link Journal} ({@link #open}), the ledger is rebuilt from the journal's ledger
 * records at start, appends every accepted batch to it before answering, and catches up with
 * batches other processes appended (optimistic concurrency: append at the expected head; on a
 * conflict, catch up and check again). Safe to use from many threads: posting and the current
 * view take the ledger's lock; an as-of view copies what it needs under the lock and replays
 * outside it.
 */
public final class Ledger {

    /** How often a batch is checked again after another process appended first. */
    static final int APPEND_ATTEMPTS = 8;

    private final BudgetTree tree;
    private final int checkpointInterval;
    private final Clock clock;
    private final JournalLink link;
    private LedgerState state;
    /** Every accepted entry in the order it was recorded (sequence − 1 is the index). */
    private final List<RecordedEntry> recorded = new ArrayList<>();
    /** The same entries by effective date, ties in recording order: the order the state replays. */
    private List<RecordedEntry> effective = new ArrayList<>();
    private final Map<String, RecordedEntry> byId = new HashMap<>();
    /** The figures every {@code checkpointInterval} entries of {@link #effective}, so that an as-of view replays fewer. */
    private List<Checkpoint> checkpoints = new ArrayList<>();
    private LocalDate latest = LocalDate.MIN;
    /** The moment of the last batch, in microseconds since the epoch. */
    private long lastRecordedAt = Long.MIN_VALUE;

    private Ledger(BudgetTree tree, int checkpointInterval, Clock clock, JournalLink link) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.checkpointInterval = checkpointInterval;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.link = link;
        this.state = newState();
    }

    /** An empty ledger over the given budget tree, keeping its entries in memory only. */
    public static Ledger create(BudgetTree tree) {
        return create(tree, Clock.systemUTC());
    }

    /** An empty in-memory ledger whose transaction times come from {@code clock}. */
    public static Ledger create(BudgetTree tree, Clock clock) {
        return new Ledger(tree, Checkpoint.INTERVAL, clock, null);
    }

    /** A ledger taking checkpoints more often than {@link #create}'s, so that tests reach them with few entries. */
    static Ledger withCheckpointsEvery(BudgetTree tree, int interval) {
        return withCheckpointsEvery(tree, interval, Clock.systemUTC());
    }

    static Ledger withCheckpointsEvery(BudgetTree tree, int interval, Clock clock) {
        return new Ledger(tree, interval, clock, null);
    }

    /**
     * The ledger kept in {@code journal}: verifies the journal's hash chain while reading it,
     * rebuilds the ledger from its ledger records (skipping record types it does not own), and
     * appends every batch accepted from now on.
     *
     * @throws nl.sociaaldomein.atelier.journal.JournalDamagedException when a record does not match its hash or chain: a damaged journal is never used
     * @throws IllegalStateException when a ledger record cannot be read or is refused by the rules
     */
    public static Ledger open(BudgetTree tree, Journal journal, LedgerCodec codec, Clock clock) {
        return open(tree, journal, codec, clock, Checkpoint.INTERVAL);
    }

    static Ledger open(BudgetTree tree, Journal journal, LedgerCodec codec, Clock clock, int checkpointInterval) {
        JournalLink link = new JournalLink(journal, codec);
        Ledger ledger = new Ledger(tree, checkpointInterval, clock, link);
        List<JournalLink.ReadBatch> batches = link.readNew();
        List<RecordedEntry> all = new ArrayList<>();
        for (JournalLink.ReadBatch batch : batches) {
            for (LedgerEntry entry : batch.entries()) {
                all.add(new RecordedEntry(entry, all.size() + 1L, batch.recordedAt(), batch.batchId()));
            }
            ledger.lastRecordedAt = Math.max(ledger.lastRecordedAt, RecordedEntry.microsOf(batch.recordedAt()));
        }
        ledger.lastRecordedAt = Math.max(ledger.lastRecordedAt, link.lastSeenMicros());
        ledger.rebuild(all);
        return ledger;
    }

    /**
     * Posts the entries one by one (each as its own batch) from an empty ledger; the first
     * rejection stops the replay. Replaying the {@link #entries()} of a ledger that was posted one
     * entry at a time gives a ledger in the same state; a ledger posted in batches is rebuilt
     * batch by batch from its journal ({@link #open}), since an entry of a batch may hold only
     * together with the others.
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
     * Posts one entry (a batch of one). Posting an entry whose id was posted before with the same
     * fields changes nothing and succeeds again (marked {@link Posted#duplicate()}); with
     * different fields it is rejected as {@link RejectionKind#EXISTS_WITH_DIFFERENT_FIELDS}.
     */
    public Either<Rejection, Posted> post(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (link == null) {
            synchronized (this) {
                Either<Rejection, Posted> posted = postInOrderInMemory(entry);
                if (posted != null) {
                    return posted;
                }
            }
        }
        return post(LedgerBatch.of(List.of(entry))).map(batch -> batch.postings().get(0));
    }

    /**
     * The common case on its own path, without a batch's bookkeeping: one entry, no journal, a
     * retry or an entry in date order. Null when the entry is late (the batch path replays).
     */
    private Either<Rejection, Posted> postInOrderInMemory(LedgerEntry entry) {
        RecordedEntry existing = byId.get(entry.id());
        if (existing != null) {
            if (!existing.entry().equals(entry)) {
                return Either.left(new Rejection(RejectionKind.EXISTS_WITH_DIFFERENT_FIELDS, entry.id(),
                    "entry '" + entry.id() + "' exists with different fields: " + existing.entry()));
            }
            return Either.right(posted(state, existing.entry(), existing.sequence(), true, existing.recordedAt()));
        }
        if (entry.effectiveDate().isBefore(latest)) {
            return null;
        }
        // A single entry is checked before anything changes, so a refusal needs no undo.
        Optional<Rejection> rejection = PostingRules.post(state, entry);
        if (rejection.isPresent()) {
            return Either.left(rejection.get());
        }
        long micros = nextRecordedAtMicros();
        RecordedEntry kept = new RecordedEntry(entry, recorded.size() + 1L, micros, null);
        recorded.add(kept);
        byId.put(entry.id(), kept);
        effective.add(kept);
        latest = entry.effectiveDate();
        lastRecordedAt = micros;
        Instant at = RecordedEntry.instantOf(micros);
        checkpointIfDue();
        return Either.right(posted(state, entry, kept.sequence(), false, at));
    }

    private void checkpointIfDue() {
        int lastCheckpoint = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).entries;
        if (effective.size() - lastCheckpoint >= checkpointInterval) {
            checkpoints.add(state.checkpoint(effective.size()));
        }
    }

    /** Posts the entries as one batch: all are accepted, or none is. */
    public Either<Rejection, PostedBatch> post(List<? extends LedgerEntry> entries) {
        return post(LedgerBatch.of(entries));
    }

    /**
     * Posts a batch: under the ledger's lock, either every entry is accepted (and the batch, with
     * its other records, appended to the journal) or nothing changes and the rejection names the
     * entry and why. Entries posted before with the same fields are retries: a batch made only of
     * those is a duplicate and changes nothing; an entry id posted before with other fields is
     * refused.
     */
    public synchronized Either<Rejection, PostedBatch> post(LedgerBatch batch) {
        Objects.requireNonNull(batch, "batch");
        if (link == null && !batch.records().isEmpty()) {
            throw new IllegalArgumentException("a ledger without a journal keeps no other records; open it on a journal");
        }
        for (int attempt = 1; ; attempt++) {
            long caughtUp = link == null ? 0 : catchUp();
            Either<Rejection, List<LedgerEntry>> fresh = fresh(batch.entries());
            if (fresh.isLeft()) {
                return Either.left(fresh.getLeft());
            }
            if (fresh.get().isEmpty()) {
                return Either.right(duplicate(batch));
            }
            String batchId = batch.batchId().orElse(RecordedEntry.DERIVED_BATCH_PREFIX + fresh.get().get(0).id());
            Instant at = RecordedEntry.instantOf(nextRecordedAtMicros());
            Either<Rejection, Prepared> prepared = prepare(fresh.get(), at, batchId);
            if (prepared.isLeft()) {
                return Either.left(prepared.getLeft());
            }
            if (link == null) {
                return Either.right(prepared.get().commit(List.of()));
            }
            JournalLink.Appended appended;
            try {
                appended = link.append(batchId, at, batch.records(), fresh.get());
            } catch (RuntimeException e) {
                // The journal failed (an engine's connection, say): the batch is not kept, so the ledger forgets it too.
                prepared.get().rollback();
                throw e;
            }
            if (appended.records() != null) {
                return Either.right(prepared.get().commit(appended.records()));
            }
            prepared.get().rollback();
            if (appended.batchIdTaken() && caughtUp == 0 && link.journal().head() == link.position()) {
                return Either.left(new Rejection(RejectionKind.BATCH_ID_TAKEN, fresh.get().get(0).id(),
                    "the journal holds another batch with id '" + batchId + "'"));
            }
            if (attempt == APPEND_ATTEMPTS) {
                return Either.left(new Rejection(RejectionKind.JOURNAL_CONTENDED, fresh.get().get(0).id(), "other writers kept appending to the journal: "
                    + APPEND_ATTEMPTS + " attempts to append batch '" + batchId + "' found a newer head each time; post it again"));
            }
        }
    }

    /** The entries not posted before, or the refusal of one posted before (or earlier in the batch) with other fields. */
    private Either<Rejection, List<LedgerEntry>> fresh(List<LedgerEntry> entries) {
        List<LedgerEntry> fresh = new ArrayList<>(entries.size());
        Map<String, LedgerEntry> inBatch = entries.size() == 1 ? Map.of() : new HashMap<>();
        for (LedgerEntry entry : entries) {
            RecordedEntry existing = byId.get(entry.id());
            LedgerEntry before = existing != null ? existing.entry() : inBatch.get(entry.id());
            if (before != null) {
                if (!before.equals(entry)) {
                    return Either.left(new Rejection(RejectionKind.EXISTS_WITH_DIFFERENT_FIELDS, entry.id(),
                        "entry '" + entry.id() + "' exists with different fields: " + before));
                }
                continue;
            }
            if (entries.size() > 1) {
                inBatch.put(entry.id(), entry);
            }
            fresh.add(entry);
        }
        return Either.right(fresh);
    }

    private PostedBatch duplicate(LedgerBatch batch) {
        List<Posted> postings = new ArrayList<>();
        for (LedgerEntry entry : batch.entries()) {
            RecordedEntry existing = byId.get(entry.id());
            postings.add(posted(state, existing.entry(), existing.sequence(), true, existing.recordedAt()));
        }
        RecordedEntry first = byId.get(batch.entries().get(0).id());
        return new PostedBatch(first.batchId(), first.recordedAt(), true, postings, List.of());
    }

    /** The batch's moment: the clock's, to the microsecond, and always after the last one. */
    private long nextRecordedAtMicros() {
        long now = RecordedEntry.microsOf(clock.instant());
        return now > lastRecordedAt ? now : lastRecordedAt + 1;
    }

    /** A checked batch, applied to the state (or a new one) until it is committed or rolled back. */
    private interface Prepared {
        PostedBatch commit(List<JournalRecord> records);

        void rollback();
    }

    private Either<Rejection, Prepared> prepare(List<LedgerEntry> fresh, Instant at, String batchId) {
        boolean inOrder = true;
        LocalDate last = latest;
        for (LedgerEntry entry : fresh) {
            inOrder &= !entry.effectiveDate().isBefore(last);
            last = entry.effectiveDate();
        }
        return inOrder ? prepareInOrder(fresh, at, batchId) : prepareLate(fresh, at, batchId);
    }

    /** Entries effective on or after every entry so far: checked and applied on the state now, O(1) each. */
    private Either<Rejection, Prepared> prepareInOrder(List<LedgerEntry> fresh, Instant at, String batchId) {
        boolean undoable = fresh.size() > 1 || link != null;
        if (undoable) {
            state.begin();
        }
        List<Posted> postings = new ArrayList<>(fresh.size());
        long sequence = recorded.size();
        for (int i = 0; i < fresh.size(); i++) {
            LedgerEntry entry = fresh.get(i);
            Optional<Rejection> rejection = PostingRules.post(state, entry);
            if (rejection.isPresent()) {
                if (undoable) {
                    state.rollback();
                }
                return Either.left(inBatch(rejection.get(), i, fresh.size()));
            }
            postings.add(posted(state, entry, ++sequence, false, at));
        }
        return Either.right(new Prepared() {
            @Override
            public PostedBatch commit(List<JournalRecord> records) {
                if (undoable) {
                    state.commit();
                }
                for (LedgerEntry entry : fresh) {
                    RecordedEntry kept = keep(entry, at, batchId);
                    effective.add(kept);
                }
                latest = fresh.get(fresh.size() - 1).effectiveDate();
                lastRecordedAt = RecordedEntry.microsOf(at);
                checkpointIfDue();
                return new PostedBatch(batchId, at, false, postings, records);
            }

            @Override
            public void rollback() {
                state.rollback();
            }
        });
    }

    /**
     * A batch with an entry effective before entries already recorded: the entries by effective
     * date, the batch's among them, are replayed on a new state; the batch is accepted when the
     * replay accepts every entry, and that state becomes the ledger's. O(entries).
     */
    private Either<Rejection, Prepared> prepareLate(List<LedgerEntry> fresh, Instant at, String batchId) {
        List<RecordedEntry> added = new ArrayList<>(fresh.size());
        long sequence = recorded.size();
        LocalDate earliest = LocalDate.MAX;
        for (LedgerEntry entry : fresh) {
            added.add(new RecordedEntry(entry, ++sequence, at, batchId));
            earliest = entry.effectiveDate().isBefore(earliest) ? entry.effectiveDate() : earliest;
        }
        // Everything before the batch's place stays as it is: start from the last checkpoint before it.
        List<Checkpoint> kept = PastView.checkpointsUpTo(checkpoints, PastView.countEffectiveUpTo(effective, earliest));
        Checkpoint from = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        int start = from == null ? 0 : from.entries;
        LedgerState replayed = from == null ? newState() : Checkpoint.restoreLive(tree, kept,
            state.grantList.subList(0, from.grantCount()).toArray(new GrantState[0]),
            state.reservationList.subList(0, from.reservationCount()).toArray(new ReservationState[0]));
        List<RecordedEntry> merged = new ArrayList<>(effective.size() + added.size());
        merged.addAll(effective.subList(0, start));
        merged.addAll(merge(effective.subList(start, effective.size()), added));
        List<Checkpoint> newCheckpoints = new ArrayList<>(kept);
        int lastCheckpoint = start;
        Map<Long, Posted> postings = new HashMap<>();
        for (int i = start; i < merged.size(); i++) {
            RecordedEntry next = merged.get(i);
            Optional<Rejection> rejection = PostingRules.post(replayed, next.entry());
            if (rejection.isPresent()) {
                return Either.left(lateRejection(rejection.get(), next, added));
            }
            if (next.sequence() > recorded.size()) {
                postings.put(next.sequence(), posted(replayed, next.entry(), next.sequence(), false, at));
            }
            if (i + 1 - lastCheckpoint >= checkpointInterval) {
                newCheckpoints.add(replayed.checkpoint(i + 1));
                lastCheckpoint = i + 1;
            }
        }
        return Either.right(new Prepared() {
            @Override
            public PostedBatch commit(List<JournalRecord> records) {
                state = replayed;
                effective = merged;
                checkpoints = newCheckpoints;
                List<Posted> inOrder = new ArrayList<>();
                for (RecordedEntry entry : added) {
                    keep(entry.entry(), at, batchId);
                    inOrder.add(postings.get(entry.sequence()));
                    latest = entry.entry().effectiveDate().isAfter(latest) ? entry.entry().effectiveDate() : latest;
                }
                lastRecordedAt = RecordedEntry.microsOf(at);
                return new PostedBatch(batchId, at, false, inOrder, records);
            }

            @Override
            public void rollback() {
                // The state now was not touched.
            }
        });
    }

    /** Adds {@code added} (in recording order) to {@code sorted}, keeping it sorted by effective date, ties by sequence. */
    private static List<RecordedEntry> merge(List<RecordedEntry> sorted, List<RecordedEntry> added) {
        List<RecordedEntry> byDate = new ArrayList<>(added);
        byDate.sort(Comparator.comparing((RecordedEntry r) -> r.entry().effectiveDate()).thenComparingLong(RecordedEntry::sequence));
        List<RecordedEntry> merged = new ArrayList<>(sorted.size() + added.size());
        int i = 0;
        for (RecordedEntry next : byDate) {
            while (i < sorted.size() && !sorted.get(i).entry().effectiveDate().isAfter(next.entry().effectiveDate())) {
                merged.add(sorted.get(i++));
            }
            merged.add(next);
        }
        merged.addAll(sorted.subList(i, sorted.size()));
        return merged;
    }

    /** The refusal of a late batch: its own entry refused, or an entry recorded before that would no longer hold. */
    private Rejection lateRejection(Rejection rejection, RecordedEntry failing, List<RecordedEntry> added) {
        int index = added.indexOf(failing);
        if (index >= 0) {
            return inBatch(rejection, index, added.size());
        }
        RecordedEntry cause = added.stream().min(Comparator.comparing((RecordedEntry r) -> r.entry().effectiveDate())).orElseThrow();
        String date = PostingRules.DUTCH_DATE.format(failing.entry().effectiveDate());
        return new Rejection(rejection.kind(), cause.entry().id(), "entry '" + cause.entry().id() + "', effective "
            + PostingRules.DUTCH_DATE.format(cause.entry().effectiveDate()) + ", would break " + date + ": entry '" + failing.entry().id()
            + "' of that day, recorded before, would no longer hold: " + rejection.message());
    }

    /** Names the entry's place when the batch has more than one. */
    private static Rejection inBatch(Rejection rejection, int index, int size) {
        if (size == 1) {
            return rejection;
        }
        return new Rejection(rejection.kind(), rejection.entryId(), "entry " + (index + 1) + " of " + size + " in the batch ('"
            + rejection.entryId() + "'), so none is posted: " + rejection.message());
    }

    private RecordedEntry keep(LedgerEntry entry, Instant at, String batchId) {
        RecordedEntry kept = new RecordedEntry(entry, recorded.size() + 1L, at, batchId);
        recorded.add(kept);
        byId.put(entry.id(), kept);
        return kept;
    }

    private LedgerState newState() {
        LedgerState fresh = new LedgerState(tree);
        fresh.trackChanges();
        return fresh;
    }

    /** Takes {@code all} (in recording order, accepted before) as the ledger's entries: one replay by effective date. */
    private void rebuild(List<RecordedEntry> all) {
        List<RecordedEntry> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((RecordedEntry r) -> r.entry().effectiveDate()).thenComparingLong(RecordedEntry::sequence));
        LedgerState replayed = newState();
        List<Checkpoint> newCheckpoints = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            RecordedEntry next = sorted.get(i);
            Optional<Rejection> rejection = PostingRules.post(replayed, next.entry());
            if (rejection.isPresent()) {
                throw new IllegalStateException("the journal holds an entry the ledger's rules refuse (batch '" + next.batchId()
                    + "', entry " + next.sequence() + "): " + rejection.get());
            }
            if ((i + 1) % checkpointInterval == 0) {
                newCheckpoints.add(replayed.checkpoint(i + 1));
            }
        }
        for (RecordedEntry entry : all) {
            recorded.add(entry);
            byId.put(entry.entry().id(), entry);
            latest = entry.entry().effectiveDate().isAfter(latest) ? entry.entry().effectiveDate() : latest;
        }
        state = replayed;
        effective = sorted;
        checkpoints = newCheckpoints;
    }

    /**
     * Reads what other writers appended to the journal since this ledger last saw it and applies
     * their ledger batches (accepted there against the same rules). Returns how many records it read.
     */
    private long catchUp() {
        long before = link.position();
        for (JournalLink.ReadBatch batch : link.readNew()) {
            Either<Rejection, List<LedgerEntry>> fresh = fresh(batch.entries());
            if (fresh.isLeft() || fresh.get().size() != batch.entries().size()) {
                throw new IllegalStateException("the journal's batch '" + batch.batchId() + "' repeats entries this ledger holds: "
                    + fresh.fold(Rejection::toString, f -> "already posted"));
            }
            Either<Rejection, Prepared> prepared = prepare(fresh.get(), batch.recordedAt(), batch.batchId());
            if (prepared.isLeft()) {
                throw new IllegalStateException("the journal's batch '" + batch.batchId() + "' is refused by this ledger's rules: "
                    + prepared.getLeft());
            }
            prepared.get().commit(List.of());
            lastRecordedAt = Math.max(lastRecordedAt, RecordedEntry.microsOf(batch.recordedAt()));
        }
        lastRecordedAt = Math.max(lastRecordedAt, link.lastSeenMicros());
        return link.position() - before;
    }

    private Posted posted(LedgerState at, LedgerEntry entry, long sequence, boolean duplicate, Instant recordedAt) {
        int[] pots = PostingRules.touchedPots(at, entry);
        Optional<GrantView> grant = GrantRules.isGrantEntry(entry)
            ? Optional.of(at.grants.get(GrantRules.initiativeIdOf(entry)).view(at)) : Optional.empty();
        return new Posted(entry, sequence, duplicate, at.potViews(pots), grant, recordedAt);
    }

    /** The budget now: every entry, by effective date. */
    public synchronized BudgetView view() {
        if (link != null) {
            catchUp();
        }
        return state.view();
    }

    /**
     * The budget as it stood at the end of {@code asOf}, as known now: the replay of the entries
     * effective up to that day. When that is every entry, the state now is that replay's result
     * and the view is taken from it; otherwise the replay starts from the last checkpoint within
     * those entries, so it replays fewer than {@link Checkpoint#INTERVAL} (65.536).
     */
    public BudgetView view(LocalDate asOf) {
        return view(asOf, null);
    }

    /**
     * The budget as of the end of {@code asOf}, as the ledger knew it at {@code knownAt}: the
     * replay of the entries effective up to {@code asOf} and recorded at or before
     * {@code knownAt}. A report made at {@code knownAt} is made again from exactly this view,
     * whatever was registered late since.
     */
    public BudgetView view(LocalDate asOf, Instant knownAt) {
        Objects.requireNonNull(asOf, "asOf");
        PastView past;
        synchronized (this) {
            past = PastView.capture(tree, state, recorded, effective, checkpoints, asOf, knownAt);
            if (past == null) {
                return state.view();
            }
        }
        return past.replay();
    }

    /** The entries in the order they were recorded (a copy). */
    public synchronized List<LedgerEntry> entries() {
        return recorded.stream().map(RecordedEntry::entry).toList();
    }

    /** The entries with their two times, in the order they were recorded (a copy). */
    public synchronized List<RecordedEntry> recorded() {
        return List.copyOf(recorded);
    }

    /** The entry posted under this id, if any. */
    public synchronized Optional<RecordedEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized int size() {
        return recorded.size();
    }

    /** When the last batch was recorded; empty for an empty ledger. */
    public synchronized Optional<Instant> lastRecordedAt() {
        return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1).recordedAt());
    }

}
