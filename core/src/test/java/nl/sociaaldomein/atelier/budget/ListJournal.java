package nl.sociaaldomein.atelier.budget;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;

/**
 * A journal over a list the test can reach into: to change a stored byte as an intruder would,
 * or to make every append meet a newer head as a crowd of other writers would. Records are
 * chained with {@link JournalRecord#next}, as every engine chains them.
 */
class ListJournal implements Journal {

    final List<JournalRecord> records = new ArrayList<>();
    /** When set, every append answers that the head moved on. */
    boolean alwaysConflict;
    /** When set, every append fails as a broken connection would. */
    boolean broken;

    @Override
    public synchronized long head() {
        return records.size();
    }

    @Override
    public synchronized AppendResult append(long expectedHead, Batch batch) {
        if (broken) {
            throw new IllegalStateException("the journal's storage is unreachable");
        }
        if (alwaysConflict) {
            return new AppendResult.Conflict(expectedHead, expectedHead + 1);
        }
        if (expectedHead != records.size()) {
            return new AppendResult.Conflict(expectedHead, records.size());
        }
        List<JournalRecord> appended = new ArrayList<>();
        JournalRecord last = records.isEmpty() ? null : records.get(records.size() - 1);
        for (var record : batch.records()) {
            last = JournalRecord.next(last, batch.batchId(), batch.recordedAt(), record);
            appended.add(last);
        }
        records.addAll(appended);
        return new AppendResult.Appended(appended);
    }

    @Override
    public synchronized List<JournalRecord> read(long afterPosition, int limit) {
        int from = (int) Math.min(afterPosition, records.size());
        return List.copyOf(records.subList(from, (int) Math.min((long) from + limit, records.size())));
    }
}
