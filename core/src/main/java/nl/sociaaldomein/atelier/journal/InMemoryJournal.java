package nl.sociaaldomein.atelier.journal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal held in memory: for tests, replays of published rounds and a single process that
 * keeps nothing. Thread-safe; appends are serialised by the journal's lock.
 */
public final class InMemoryJournal implements Journal {

    private final List<JournalRecord> records = new ArrayList<>();
    /** Where each batch starts and how many records it has: [first index, count]. */
    private final Map<String, int[]> batches = new HashMap<>();

    /** An empty journal. */
    public InMemoryJournal() {
    }

    /**
     * A journal holding {@code stored} (an export read back, say) after verifying them.
     *
     * @param stored the records, from position 1 on
     * @return the journal, holding them
     * @throws JournalDamagedException when a record does not match its hash or chain, or a position is missing
     */
    public static InMemoryJournal of(List<JournalRecord> stored) {
        InMemoryJournal journal = new InMemoryJournal();
        JournalVerifier verifier = new JournalVerifier();
        for (JournalRecord record : stored) {
            Optional<JournalDamage> damage = verifier.check(record);
            if (damage.isPresent()) {
                throw new JournalDamagedException(damage.get());
            }
            journal.keep(record);
        }
        return journal;
    }

    @Override
    public synchronized long head() {
        return records.size();
    }

    @Override
    public synchronized AppendResult append(long expectedHead, Batch batch) {
        int[] existing = batches.get(batch.batchId());
        if (existing != null) {
            List<JournalRecord> stored = List.copyOf(records.subList(existing[0], existing[0] + existing[1]));
            return batch.sameAs(stored) ? new AppendResult.Duplicate(stored) : new AppendResult.BatchIdTaken(batch.batchId());
        }
        if (expectedHead != records.size()) {
            return new AppendResult.Conflict(expectedHead, records.size());
        }
        JournalRecord last = records.isEmpty() ? null : records.get(records.size() - 1);
        if (last != null && batch.recordedAt().isBefore(last.recordedAt())) {
            return new AppendResult.OutOfOrder(batch.recordedAt(), last.recordedAt());
        }
        List<JournalRecord> appended = new ArrayList<>(batch.records().size());
        for (NewRecord record : batch.records()) {
            last = JournalRecord.next(last, batch.batchId(), batch.recordedAt(), record);
            appended.add(last);
        }
        appended.forEach(this::keep);
        return new AppendResult.Appended(appended);
    }

    private void keep(JournalRecord record) {
        int index = records.size();
        records.add(record);
        batches.merge(record.batchId(), new int[] {index, 1}, (a, b) -> new int[] {a[0], a[1] + 1});
    }

    @Override
    public synchronized List<JournalRecord> read(long afterPosition, int limit) {
        if (afterPosition < 0 || limit < 0) {
            throw new IllegalArgumentException("read(" + afterPosition + ", " + limit + "): both must be zero or more");
        }
        int from = (int) Math.min(afterPosition, records.size());
        int to = (int) Math.min((long) from + limit, records.size());
        return List.copyOf(records.subList(from, to));
    }
}
