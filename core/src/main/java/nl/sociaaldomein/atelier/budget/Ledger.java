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
import nl.sociaaldomein.atelier.journal.JournalDamage;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The budget ledger, a system of record with two times (docs/budgets.md). Every change is an
 * entry; a batch of entries is accepted whole or refused whole with the entry and the reason: a
 * failed {@link Result} whose one problem has the code {@code ledger.<kind>}
 * ({@link RejectionKind#code()}) and names the entry, its place in the batch, its pot and its
 * grant or reservation, in Dutch and English.
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
    /** How many superseded checkpoints are kept for views as known before a replayed late batch. */
    static final int SUPERSEDED_KEPT = 64;

    private final BudgetTree tree;
    private final int checkpointInterval;
    private final Clock clock;
    private final JournalLink link;
    private LedgerState state;
    /** Every accepted entry in the order it was recorded (sequence − 1 is the index). */
    private final List<RecordedEntry> recorded = new ArrayList<>();
    /**
     * The entries by effective date, ties in recording order (the order the state replays), except
     * the late additions: those are in {@link #additions}.
     */
    private List<RecordedEntry> effective = new ArrayList<>();
    /**
     * Late additions, in recording order: entries effective before entries recorded earlier that
     * only add a grant to a new initiative or a new reservation, accepted by the day totals' check
     * and added to the state now without a replay ({@link #prepareAdditions}).
     */
    private final List<RecordedEntry> additions = new ArrayList<>();
    private final Map<String, RecordedEntry> byId = new HashMap<>();
    /** The checkpoints of the state now, in replay order: one every {@code checkpointInterval} entries, so that an as-of view replays fewer. */
    private List<Checkpoint> checkpoints = new ArrayList<>();
    /** Checkpoints that a late batch replayed past: still right for views as known before it (the most recent {@link #SUPERSEDED_KEPT}). */
    private final List<Checkpoint> superseded = new ArrayList<>();
    /** Per late batch that was replayed: its first sequence, and the day and sequence of its earliest entry. */
    private final List<long[]> slowBatches = new ArrayList<>();
    private int sinceCheckpoint;
    /** Late batches of additions accepted on the day totals, and those the day totals sent to a replay (for tests and measurements). */
    private long lateAdditionsAccepted;
    private long lateAdditionsDeclined;
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

    /**
     * An empty ledger over the given budget tree, keeping its entries in memory only; transaction
     * times come from the system clock (UTC).
     *
     * @param tree the budget tree: the pots and their ceilings
     * @return the empty ledger
     */
    public static Ledger create(BudgetTree tree) {
        return create(tree, Clock.systemUTC());
    }

    /**
     * An empty in-memory ledger whose transaction times come from {@code clock}.
     *
     * @param tree  the budget tree: the pots and their ceilings
     * @param clock the clock that stamps each batch's recorded moment
     * @return the empty ledger
     */
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
     * @param tree    the budget tree: the pots and their ceilings
     * @param journal the journal holding the ledger's records (and those of other owners)
     * @param codec   reads and writes the ledger's entries as journal records
     * @param clock   the clock that stamps each new batch's recorded moment
     * @return the ledger as the journal holds it
     * @throws nl.sociaaldomein.atelier.journal.JournalDamagedException when a record does not match its hash or chain: a damaged journal is never used
     * @throws IllegalStateException when a ledger record cannot be read or is refused by the rules
     */
    public static Ledger open(BudgetTree tree, Journal journal, LedgerCodec codec, Clock clock) {
        return open(tree, journal, codec, clock, Checkpoint.INTERVAL);
    }

    static Ledger open(BudgetTree tree, Journal journal, LedgerCodec codec, Clock clock, int checkpointInterval) {
        JournalLink link = new JournalLink(journal, codec);
        Ledger ledger = new Ledger(tree, checkpointInterval, clock, link);
        List<RecordedEntry> all = new ArrayList<>();
        Optional<LedgerSnapshot.Content> snapshot = link.readLatestSnapshot();
        if (snapshot.isPresent()) {
            all.addAll(snapshot.get().entries());
            for (RecordedEntry entry : all) {
                ledger.lastRecordedAt = Math.max(ledger.lastRecordedAt, RecordedEntry.microsOf(entry.recordedAt()));
            }
        }
        List<JournalLink.ReadBatch> batches = link.readNew();
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
     * Appends a snapshot of the ledger to its journal: every entry recorded so far, with its
     * sequence, moment and batch id, in one record tied to the hash of the record before it
     * (docs/budgets.md, "Snapshots"). {@link #open} then reads the latest snapshot among the last
     * 65.536 records and what follows it, instead of every record. Returns the snapshot record's
     * position. Take one now and then (at a quiet moment: it holds every entry, so it costs time
     * and space in proportion to the ledger).
     *
     * @return the journal position of the snapshot record
     * @throws IllegalStateException for a ledger without a journal, or when other writers kept appending first
     */
    public synchronized long snapshot() {
        if (link == null) {
            throw new IllegalStateException("a ledger without a journal has nothing to snapshot into; open it on a journal");
        }
        for (int attempt = 1; attempt <= APPEND_ATTEMPTS; attempt++) {
            catchUp();
            long position = link.position();
            String payload = LedgerSnapshot.encode(recorded, position, link.lastHash());
            long micros = nextRecordedAtMicros();
            JournalLink.Appended appended = link.append(LedgerSnapshot.TYPE + "/" + position + "/" + micros, RecordedEntry.instantOf(micros),
                List.of(new NewRecord(LedgerSnapshot.TYPE, payload)), List.of());
            if (appended.records() != null) {
                lastRecordedAt = micros;
                return appended.records().get(0).position();
            }
        }
        throw new IllegalStateException("other writers kept appending to the journal: " + APPEND_ATTEMPTS
            + " attempts to append a snapshot found a newer head each time; take it again");
    }

    /**
     * Verifies a ledger's journal in full: the hash chain of every record ({@link Journal#verify}),
     * then every ledger snapshot against the records before it (the snapshot must hold exactly the
     * ledger entries those records hold, with their sequences, moments and batch ids). Empty when
     * all agree, else the first disagreement: a snapshot that disagrees is never to be trusted.
     *
     * @param journal the journal to verify
     * @param codec   reads the ledger's entries from journal records
     * @return empty when the journal is sound, else the first damage with its position
     */
    public static Optional<JournalDamage> verify(Journal journal, LedgerCodec codec) {
        Optional<JournalDamage> chain = journal.verify();
        if (chain.isPresent()) {
            return chain;
        }
        long head = journal.head();
        List<RecordedEntry> entries = new ArrayList<>();
        long after = 0;
        while (after < head) {
            List<JournalRecord> page = journal.read(after, (int) Math.min(4096, head - after));
            if (page.isEmpty()) {
                break;
            }
            for (JournalRecord record : page) {
                if (LedgerRecordTypes.owns(record.type())) {
                    LedgerEntry entry;
                    try {
                        entry = codec.decode(record.type(), record.payload());
                    } catch (IllegalArgumentException e) {
                        return Optional.of(new JournalDamage(record.position(), "its ledger entry cannot be read: " + e.getMessage()));
                    }
                    entries.add(new RecordedEntry(entry, entries.size() + 1L, record.recordedAt(), record.batchId()));
                } else if (LedgerSnapshot.TYPE.equals(record.type())) {
                    Optional<String> disagreement = disagreement(record, entries);
                    if (disagreement.isPresent()) {
                        return Optional.of(new JournalDamage(record.position(), disagreement.get()));
                    }
                }
            }
            after = page.get(page.size() - 1).position();
        }
        return Optional.empty();
    }

    private static Optional<String> disagreement(JournalRecord record, List<RecordedEntry> entries) {
        LedgerSnapshot.Content content;
        try {
            content = LedgerSnapshot.decode(record.payload());
        } catch (IllegalArgumentException e) {
            return Optional.of("the snapshot cannot be read: " + e.getMessage());
        }
        if (content.position() != record.position() - 1) {
            return Optional.of("the snapshot names record " + content.position() + " but follows record " + (record.position() - 1));
        }
        List<RecordedEntry> held = content.entries();
        for (int i = 0; i < Math.max(held.size(), entries.size()); i++) {
            RecordedEntry snapshot = i < held.size() ? held.get(i) : null;
            RecordedEntry replayed = i < entries.size() ? entries.get(i) : null;
            if (snapshot == null || !snapshot.equals(replayed)) {
                return Optional.of("the snapshot disagrees with the records before it at entry " + (i + 1) + ": it holds "
                    + (snapshot == null ? "nothing" : snapshot) + ", the records hold " + (replayed == null ? "nothing" : replayed));
            }
        }
        return Optional.empty();
    }

    /**
     * Posts the entries one by one (each as its own batch) from an empty ledger; the first
     * refusal stops the replay and is the answer (a failed result, as {@link #post(LedgerEntry)}
     * gives it). Replaying the {@link #entries()} of a ledger that was posted one
     * entry at a time gives a ledger in the same state; a ledger posted in batches is rebuilt
     * batch by batch from its journal ({@link #open}), since an entry of a batch may hold only
     * together with the others.
     *
     * @param tree    the budget tree: the pots and their ceilings
     * @param entries the entries, in the order they were recorded
     * @return the in-memory ledger holding them all, or the first refusal
     */
    public static Result<Ledger> replay(BudgetTree tree, Iterable<? extends LedgerEntry> entries) {
        Ledger ledger = create(tree);
        for (LedgerEntry entry : entries) {
            Result<Posted> posted = ledger.post(entry);
            if (posted.isFailed()) {
                return Result.failed(posted.problems());
            }
        }
        return Result.ok(ledger);
    }

    /**
     * The budget tree this ledger keeps: its pots and their ceilings.
     *
     * @return the budget tree
     */
    public BudgetTree tree() {
        return tree;
    }

    /**
     * Posts one entry (a batch of one). Posting an entry whose id was posted before with the same
     * fields changes nothing and succeeds again (marked {@link Posted#duplicate()}); with
     * different fields it is refused as {@link RejectionKind#EXISTS_WITH_DIFFERENT_FIELDS}.
     *
     * @param entry the entry to post
     * @return the posting, or a failed result with one {@link nl.sociaaldomein.atelier.problem.Problem}:
     *     code {@code ledger.<kind>} ({@link RejectionKind#code()}; {@link RejectionKind#of} gives
     *     the kind back), placed at the entry and the pot, grant or reservation it names, with its
     *     message in Dutch and English. A refused entry changes nothing.
     */
    public Result<Posted> post(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (link == null) {
            synchronized (this) {
                Result<Posted> posted = postInOrderInMemory(entry);
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
    private Result<Posted> postInOrderInMemory(LedgerEntry entry) {
        RecordedEntry existing = byId.get(entry.id());
        if (existing != null) {
            if (!existing.entry().equals(entry)) {
                return Result.failed(LedgerRefusals.problem(differentFields(entry, existing.entry()), List.of(entry)));
            }
            return Result.ok(posted(state, existing.entry(), existing.sequence(), true, existing.recordedAt()));
        }
        if (entry.effectiveDate().isBefore(latest)) {
            return null;
        }
        // A single entry is checked before anything changes, so a refusal needs no undo.
        Optional<Rejection> rejection = PostingRules.post(state, entry);
        if (rejection.isPresent()) {
            return Result.failed(LedgerRefusals.problem(rejection.get(), List.of(entry)));
        }
        long micros = nextRecordedAtMicros();
        RecordedEntry kept = new RecordedEntry(entry, recorded.size() + 1L, micros, null);
        recorded.add(kept);
        byId.put(entry.id(), kept);
        effective.add(kept);
        latest = entry.effectiveDate();
        lastRecordedAt = micros;
        Instant at = RecordedEntry.instantOf(micros);
        checkpointIfDue(1, kept);
        return Result.ok(posted(state, entry, kept.sequence(), false, at));
    }

    /** Takes a checkpoint of the state now when {@code checkpointInterval} entries were posted in date order since the last. */
    private void checkpointIfDue(int posted, RecordedEntry last) {
        sinceCheckpoint += posted;
        if (sinceCheckpoint >= checkpointInterval) {
            sinceCheckpoint = 0;
            Checkpoint previous = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
            checkpoints.add(state.checkpoint(previous, last.entry().effectiveDate().toEpochDay(), last.sequence(), recorded.size()));
        }
    }

    /**
     * Posts the entries as one batch: all are accepted, or none is.
     *
     * @param entries the entries of the batch, in the order they are recorded
     * @return the batch posted, or a failed result as {@link #post(LedgerBatch)} gives it
     */
    public Result<PostedBatch> post(List<? extends LedgerEntry> entries) {
        return post(LedgerBatch.of(entries));
    }

    /**
     * Posts a batch: under the ledger's lock, either every entry is accepted (and the batch, with
     * its other records, appended to the journal) or nothing changes and the rejection names the
     * entry and why. Entries posted before with the same fields are retries: a batch made only of
     * those is a duplicate and changes nothing; an entry id posted before with other fields is
     * refused.
     *
     * @param batch the entries, with any other journal records that must be appended with them
     * @return the batch posted, or a failed result with one {@link nl.sociaaldomein.atelier.problem.Problem}:
     *     code {@code ledger.<kind>} ({@link RejectionKind#code()}), placed at the refused entry,
     *     its position in the batch ({@code batch-entry} {@code 2/5}) and the pot, grant or
     *     reservation it names; in Dutch and English. Nothing changed.
     */
    public synchronized Result<PostedBatch> post(LedgerBatch batch) {
        Objects.requireNonNull(batch, "batch");
        if (link == null && !batch.records().isEmpty()) {
            throw new IllegalArgumentException("a ledger without a journal keeps no other records; open it on a journal");
        }
        for (int attempt = 1; ; attempt++) {
            long caughtUp = link == null ? 0 : catchUp();
            Either<Rejection, List<LedgerEntry>> fresh = fresh(batch.entries());
            if (fresh.isLeft()) {
                return Result.failed(LedgerRefusals.problem(fresh.getLeft(), batch.entries()));
            }
            if (fresh.get().isEmpty()) {
                return Result.ok(duplicate(batch));
            }
            String batchId = batch.batchId().orElse(RecordedEntry.DERIVED_BATCH_PREFIX + fresh.get().get(0).id());
            Instant at = RecordedEntry.instantOf(nextRecordedAtMicros());
            Either<Rejection, Prepared> prepared = prepare(fresh.get(), at, batchId);
            if (prepared.isLeft()) {
                return Result.failed(LedgerRefusals.problem(prepared.getLeft(), batch.entries()));
            }
            if (link == null) {
                return Result.ok(prepared.get().commit(List.of()));
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
                return Result.ok(prepared.get().commit(appended.records()));
            }
            prepared.get().rollback();
            if (appended.batchIdTaken() && caughtUp == 0 && link.journal().head() == link.position()) {
                return Result.failed(LedgerRefusals.problem(new Rejection(RejectionKind.BATCH_ID_TAKEN, fresh.get().get(0).id(),
                    Text.of("het journaal bevat al een andere batch met id '" + batchId + "'",
                        "the journal holds another batch with id '" + batchId + "'")), batch.entries()));
            }
            if (attempt == APPEND_ATTEMPTS) {
                return Result.failed(LedgerRefusals.problem(new Rejection(RejectionKind.JOURNAL_CONTENDED, fresh.get().get(0).id(), Text.of(
                    "anderen bleven aan het journaal toevoegen: " + APPEND_ATTEMPTS + " pogingen om batch '" + batchId
                        + "' toe te voegen vonden elke keer een nieuwer einde; boek haar opnieuw",
                    "other writers kept appending to the journal: "
                    + APPEND_ATTEMPTS + " attempts to append batch '" + batchId + "' found a newer head each time; post it again")),
                    batch.entries()));
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
                    return Either.left(differentFields(entry, before));
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
                RecordedEntry kept = null;
                for (LedgerEntry entry : fresh) {
                    kept = keep(entry, at, batchId);
                    effective.add(kept);
                }
                latest = fresh.get(fresh.size() - 1).effectiveDate();
                lastRecordedAt = RecordedEntry.microsOf(at);
                checkpointIfDue(fresh.size(), kept);
                return new PostedBatch(batchId, at, false, postings, records);
            }

            @Override
            public void rollback() {
                state.rollback();
            }
        });
    }

    /**
     * A batch with an entry effective before entries already recorded. When every entry only adds
     * money taken (a grant to a new initiative without a reservation, a new reservation), the day
     * totals check it without a replay ({@link #prepareAdditions}); otherwise, and whenever that
     * check does not accept it, the entries by effective date are replayed with the batch's among
     * them ({@link #prepareReplayed}).
     */
    private Either<Rejection, Prepared> prepareLate(List<LedgerEntry> fresh, Instant at, String batchId) {
        Prepared additions = prepareAdditions(fresh, at, batchId);
        return additions != null ? Either.right(additions) : prepareReplayed(fresh, at, batchId);
    }

    /** Whether an entry only adds a grant to a new initiative (without a reservation) or a new reservation, and so only takes money from its pots. */
    private boolean isAddition(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Grant grant) {
            return grant.reservationId().isEmpty() && !state.grants.containsKey(grant.initiativeId());
        }
        return entry instanceof LedgerEntry.Reserve reserve && !state.reservations.containsKey(reserve.reservationId());
    }

    /**
     * Late additions, checked on the day totals: each entry, in replay order, is posted on the state
     * now (which checks everything about it but the days between its date and now), then every pot
     * it takes from must keep a remaining of zero or more at every position from the end of its day
     * on. O(log days) per entry. Null, with nothing changed, when the batch is not all additions or
     * the check does not accept it: the replay then decides, and words any refusal.
     */
    private Prepared prepareAdditions(List<LedgerEntry> fresh, Instant at, String batchId) {
        DayTotals days = state.dayTotals;
        if (days == null || !days.usable() || !fresh.stream().allMatch(this::isAddition)) {
            return null;
        }
        List<Integer> order = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> fresh.get(i).effectiveDate()).thenComparing(i -> i));
        state.begin();
        Posted[] postings = new Posted[fresh.size()];
        long first = recorded.size() + 1L;
        for (int i : order) {
            LedgerEntry entry = fresh.get(i);
            if (PostingRules.post(state, entry).isPresent() || !days.usable()) {
                state.rollback();
                lateAdditionsDeclined++;
                return null;
            }
            long day = entry.effectiveDate().toEpochDay();
            int[] pots = state.touchedPots(entry);
            for (int pot : pots) {
                if (days.lowestRemainingFrom(day, pot, state.remaining(pot)) < 0) {
                    state.rollback();
                    lateAdditionsDeclined++;
                    return null;
                }
            }
            List<PotView> potViews = new ArrayList<>(pots.length);
            for (int pot : pots) {
                potViews.add(state.potView(pot, days.figuresAtEndOf(day, pot)));
            }
            Optional<GrantView> grant = entry instanceof LedgerEntry.Grant g
                ? Optional.of(state.grants.get(g.initiativeId()).view(state)) : Optional.empty();
            postings[i] = new Posted(entry, first + i, false, potViews, grant, at);
        }
        return new Prepared() {
            @Override
            public PostedBatch commit(List<JournalRecord> records) {
                state.commit();
                lateAdditionsAccepted++;
                for (LedgerEntry entry : fresh) {
                    additions.add(keep(entry, at, batchId));
                    latest = entry.effectiveDate().isAfter(latest) ? entry.effectiveDate() : latest;
                }
                lastRecordedAt = RecordedEntry.microsOf(at);
                return new PostedBatch(batchId, at, false, List.of(postings), records);
            }

            @Override
            public void rollback() {
                state.rollback();
            }
        };
    }

    /**
     * A late batch replayed: from the last checkpoint that lies before its earliest entry and
     * serves for what is known now, the entries after it by effective date, the batch's among
     * them, are replayed on a new state; the batch is accepted when the replay accepts every
     * entry, and that state becomes the ledger's. O(grants + entries after the checkpoint).
     */
    private Either<Rejection, Prepared> prepareReplayed(List<LedgerEntry> fresh, Instant at, String batchId) {
        List<RecordedEntry> added = new ArrayList<>(fresh.size());
        long sequence = recorded.size();
        RecordedEntry earliest = null;
        for (LedgerEntry entry : fresh) {
            RecordedEntry next = new RecordedEntry(entry, ++sequence, at, batchId);
            added.add(next);
            earliest = earliest == null || PastView.REPLAY_ORDER.compare(next, earliest) < 0 ? next : earliest;
        }
        long knownAfter = sequence;
        // Everything before the batch's place stays as it is: start from the last checkpoint before it.
        PastView.Plan plan = PastView.plan(sources(), earliest.entry().effectiveDate().toEpochDay(), Long.MAX_VALUE, recorded.size());
        List<RecordedEntry> sortedAdded = new ArrayList<>(added);
        sortedAdded.sort(PastView.REPLAY_ORDER);
        List<RecordedEntry> tail = PastView.merge(plan.tail(), sortedAdded);
        List<Checkpoint> newCheckpoints = new ArrayList<>();
        Map<Long, Posted> postings = new HashMap<>();
        Replayed replayed = replayLive(plan.from(), plan.overlay(), tail, knownAfter, newCheckpoints, (next, rejection) -> {
            if (rejection != null) {
                return lateRejection(rejection, next, added);
            }
            return null;
        }, (next, live) -> {
            if (next.sequence() > recorded.size()) {
                postings.put(next.sequence(), posted(live, next.entry(), next.sequence(), false, at));
            }
        });
        if (replayed.rejection() != null) {
            return Either.left(replayed.rejection());
        }
        Checkpoint from = plan.from();
        long firstSequence = recorded.size() + 1L;
        long[] slowBatch = {firstSequence, earliest.entry().effectiveDate().toEpochDay(), earliest.sequence()};
        return Either.right(new Prepared() {
            @Override
            public PostedBatch commit(List<JournalRecord> records) {
                state = replayed.state();
                effective = PastView.merge(effective, sortedAdded);
                List<Checkpoint> kept = new ArrayList<>();
                for (Checkpoint c : checkpoints) {
                    if (from != null && !c.after(from.day, from.sequence)) {
                        // Same order of grants and reservations up to it in the new state: it reads them there from now on.
                        c.grantList = state.grantList;
                        c.reservationList = state.reservationList;
                        kept.add(c);
                    } else {
                        superseded.add(c);
                    }
                }
                if (superseded.size() > SUPERSEDED_KEPT) {
                    superseded.subList(0, superseded.size() - SUPERSEDED_KEPT).clear();
                }
                kept.addAll(newCheckpoints);
                checkpoints = kept;
                slowBatches.add(slowBatch);
                sinceCheckpoint = replayed.sinceCheckpoint();
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

    /** A live state replayed: the state, or the first rejection; and how many entries it replayed after its last checkpoint. */
    private record Replayed(LedgerState state, Rejection rejection, int sinceCheckpoint) {
    }

    /** What a replay does with a refused entry (the rejection to answer with) . */
    private interface OnRejection {
        Rejection apply(RecordedEntry entry, Rejection rejection);
    }

    private interface OnAccepted {
        void accept(RecordedEntry entry, LedgerState state);
    }

    /**
     * Replays into a state the ledger can go on posting to: restored from {@code from} (every
     * grant and reservation an object, changes tracked, day totals kept), the late additions of
     * {@code overlay} put on top, then {@code tail} in order, taking a checkpoint every
     * {@code checkpointInterval} entries into {@code newCheckpoints}.
     */
    private Replayed replayLive(Checkpoint from, List<RecordedEntry> overlay, List<RecordedEntry> tail, long knownUpTo,
                                List<Checkpoint> newCheckpoints, OnRejection onRejection, OnAccepted onAccepted) {
        LedgerState replayed;
        if (from == null) {
            replayed = newState();
        } else {
            replayed = Checkpoint.restoreLive(tree, from.chain(), from.grants(), from.reservations());
            // The days before the checkpoint's stay as they are; its day starts from what the checkpoint saw of it.
            DayTotals days = state.dayTotals == null ? null : state.dayTotals.restartedAt(from.day, from.dayLeaves, replayed.potTotals());
            for (RecordedEntry addition : overlay) {
                long[][] before = copyOf(replayed.potTotals());
                Optional<Rejection> rejection = PostingRules.post(replayed, addition.entry());
                if (rejection.isPresent()) {
                    throw new IllegalStateException("an accepted late addition was rejected on replay: " + rejection.get());
                }
                long day = addition.entry().effectiveDate().toEpochDay();
                if (days != null) {
                    for (int pot : PostingRules.touchedPots(replayed, addition.entry())) {
                        long[] change = new long[DayTotals.FIGURES];
                        for (int k = 0; k < DayTotals.FIGURES; k++) {
                            change[k] = replayed.potTotals()[k][pot] - before[k][pot];
                        }
                        // Of an earlier day it is in that day's totals already; of the checkpoint's day, somewhere before it.
                        if (day == from.day) {
                            days.addWithinDay(day, pot, change);
                        } else {
                            for (int k = 0; k < DayTotals.FIGURES; k++) {
                                days.last[k][pot] += change[k];
                            }
                        }
                    }
                }
            }
            replayed.dayTotals = days;
        }
        Checkpoint previous = from;
        int since = 0;
        for (RecordedEntry next : tail) {
            Optional<Rejection> rejection = PostingRules.post(replayed, next.entry());
            if (rejection.isPresent()) {
                return new Replayed(null, onRejection.apply(next, rejection.get()), 0);
            }
            onAccepted.accept(next, replayed);
            if (++since >= checkpointInterval) {
                previous = replayed.checkpoint(previous, next.entry().effectiveDate().toEpochDay(), next.sequence(), knownUpTo);
                newCheckpoints.add(previous);
                since = 0;
            }
        }
        return new Replayed(replayed, null, since);
    }

    private static long[][] copyOf(long[][] figures) {
        long[][] copy = new long[figures.length][];
        for (int k = 0; k < figures.length; k++) {
            copy[k] = figures[k].clone();
        }
        return copy;
    }

    private PastView.Sources sources() {
        return new PastView.Sources(recorded, effective, additions, checkpoints, superseded, slowBatches);
    }

    /** The refusal of a late batch: its own entry refused, or an entry recorded before that would no longer hold. */
    private Rejection lateRejection(Rejection rejection, RecordedEntry failing, List<RecordedEntry> added) {
        int index = added.indexOf(failing);
        if (index >= 0) {
            return inBatch(rejection, index, added.size());
        }
        RecordedEntry cause = added.stream().min(Comparator.comparing((RecordedEntry r) -> r.entry().effectiveDate())).orElseThrow();
        String date = PostingRules.DUTCH_DATE.format(failing.entry().effectiveDate());
        String causeDate = PostingRules.DUTCH_DATE.format(cause.entry().effectiveDate());
        return new Rejection(rejection.kind(), cause.entry().id(), Text.of(
            "boeking '" + cause.entry().id() + "', ingaand " + causeDate + ", zou " + date + " breken: boeking '" + failing.entry().id()
                + "' van die dag, eerder vastgelegd, zou niet meer kloppen: " + rejection.text().nl(),
            "entry '" + cause.entry().id() + "', effective "
            + causeDate + ", would break " + date + ": entry '" + failing.entry().id()
            + "' of that day, recorded before, would no longer hold: " + rejection.text().en()));
    }

    /** Names the entry's place when the batch has more than one. */
    private static Rejection inBatch(Rejection rejection, int index, int size) {
        if (size == 1) {
            return rejection;
        }
        return new Rejection(rejection.kind(), rejection.entryId(), Text.of(
            "boeking " + (index + 1) + " van " + size + " in de batch ('" + rejection.entryId() + "'), dus geen enkele is geboekt: "
                + rejection.text().nl(),
            "entry " + (index + 1) + " of " + size + " in the batch ('"
            + rejection.entryId() + "'), so none is posted: " + rejection.text().en()));
    }

    private static Rejection differentFields(LedgerEntry entry, LedgerEntry before) {
        return new Rejection(RejectionKind.EXISTS_WITH_DIFFERENT_FIELDS, entry.id(), Text.of(
            "boeking '" + entry.id() + "' bestaat met andere velden: " + before,
            "entry '" + entry.id() + "' exists with different fields: " + before));
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
        fresh.keepDayTotals();
        return fresh;
    }

    /** Takes {@code all} (in recording order, accepted before) as the ledger's entries: one replay by effective date. */
    private void rebuild(List<RecordedEntry> all) {
        List<RecordedEntry> sorted = new ArrayList<>(all);
        sorted.sort(PastView.REPLAY_ORDER);
        List<Checkpoint> newCheckpoints = new ArrayList<>();
        Replayed replayed = replayLive(null, List.of(), sorted, all.size(), newCheckpoints, (next, rejection) -> {
            throw new IllegalStateException("the journal holds an entry the ledger's rules refuse (batch '" + next.batchId()
                + "', entry " + next.sequence() + "): " + rejection);
        }, (next, live) -> { });
        for (RecordedEntry entry : all) {
            recorded.add(entry);
            byId.put(entry.entry().id(), entry);
            latest = entry.entry().effectiveDate().isAfter(latest) ? entry.entry().effectiveDate() : latest;
        }
        state = replayed.state();
        effective = sorted;
        checkpoints = newCheckpoints;
        sinceCheckpoint = replayed.sinceCheckpoint();
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
        int[] pots = at.touchedPots(entry);
        Optional<GrantView> grant = GrantRules.isGrantEntry(entry)
            ? Optional.of(at.grants.get(GrantRules.initiativeIdOf(entry)).view(at)) : Optional.empty();
        return new Posted(entry, sequence, duplicate, at.potViews(pots), grant, recordedAt);
    }

    /**
     * The budget now: every entry, by effective date. With a journal it first catches up with
     * batches other processes appended.
     *
     * @return the view of every pot, grant and reservation
     */
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
     * those entries, so it replays fewer than {@link Checkpoint#INTERVAL} (16.384).
     *
     * @param asOf the effective day whose end the view shows
     * @return the view of every pot, grant and reservation at the end of that day
     */
    public BudgetView view(LocalDate asOf) {
        return view(asOf, null);
    }

    /**
     * The budget as of the end of {@code asOf}, as the ledger knew it at {@code knownAt}: the
     * replay of the entries effective up to {@code asOf} and recorded at or before
     * {@code knownAt}. A report made at {@code knownAt} is made again from exactly this view,
     * whatever was registered late since.
     *
     * @param asOf    the effective day whose end the view shows
     * @param knownAt the recorded moment: entries recorded later are left out; null for as known now
     * @return the view of every pot, grant and reservation as the ledger showed it then
     */
    public BudgetView view(LocalDate asOf, Instant knownAt) {
        Objects.requireNonNull(asOf, "asOf");
        PastView past;
        synchronized (this) {
            past = PastView.capture(tree, state, sources(), latest, asOf, knownAt);
            if (past == null) {
                return state.view();
            }
        }
        return past.replay();
    }

    /** How many late batches were accepted as additions on the day totals, without a replay. */
    synchronized long lateAdditionsAccepted() {
        return lateAdditionsAccepted;
    }

    /** How many late batches of additions the day totals did not accept, and so were decided by a replay. */
    synchronized long lateAdditionsDeclined() {
        return lateAdditionsDeclined;
    }

    /**
     * The entries in the order they were recorded (a copy).
     *
     * @return the entries
     */
    public synchronized List<LedgerEntry> entries() {
        return recorded.stream().map(RecordedEntry::entry).toList();
    }

    /**
     * The entries with their two times, in the order they were recorded (a copy).
     *
     * @return each entry with its sequence, recorded moment and batch id
     */
    public synchronized List<RecordedEntry> recorded() {
        return List.copyOf(recorded);
    }

    /**
     * The entry posted under this id, if any.
     *
     * @param id the entry id
     * @return the entry with its two times; empty when no entry has this id
     */
    public synchronized Optional<RecordedEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * How many entries the ledger holds.
     *
     * @return the number of entries recorded
     */
    public synchronized int size() {
        return recorded.size();
    }

    /**
     * When the last batch was recorded; empty for an empty ledger.
     *
     * @return the recorded moment of the last entry
     */
    public synchronized Optional<Instant> lastRecordedAt() {
        return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1).recordedAt());
    }

}
