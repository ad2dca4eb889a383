package nl.sociaaldomein.atelier.store.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;

/**
 * One application instance's view of a pot kept in a journal, the way the ledger keeps one: it
 * folds the records it has read, decides on that view, appends at the position it has read up to,
 * and on a conflict reads what it missed and decides again. Grants are {@code grant} records whose
 * payload is the amount in cents. Not thread-safe: one per instance.
 */
final class PotView {

    private final Journal journal;
    private final long potCents;
    private final List<String> grants = new ArrayList<>();
    private long known;
    private long grantedCents;
    private int conflicts;

    PotView(Journal journal, long potCents) {
        this.journal = journal;
        this.potCents = potCents;
    }

    /** Reads what was appended since this view last looked. */
    void catchUp() {
        for (JournalRecord record : journal.read(known, Integer.MAX_VALUE)) {
            apply(record);
        }
    }

    private void apply(JournalRecord record) {
        if (record.type().equals("grant")) {
            grantedCents = Math.addExact(grantedCents, Long.parseLong(record.payload()));
            grants.add(record.batchId());
        }
        known = record.position();
    }

    /** Grants {@code cents} under {@code id} if the pot holds it; false when it does not (any more). */
    boolean grant(String id, long cents) {
        catchUp();
        return grantOnWhatWasRead(id, cents);
    }

    /**
     * Decides on the view as last read (without looking for news first, as an instance does between
     * reading and writing) and appends at the position read up to; after a conflict it catches up and
     * decides again.
     */
    boolean grantOnWhatWasRead(String id, long cents) {
        while (true) {
            if (Math.addExact(grantedCents, cents) > potCents) {
                return false;
            }
            AppendResult result = journal.append(known, new Batch(id, Instant.EPOCH, List.of(new NewRecord("grant",
                Long.toString(cents)))));
            if (result instanceof AppendResult.Appended appended) {
                appended.records().forEach(this::apply);
                return true;
            }
            if (!(result instanceof AppendResult.Conflict)) {
                throw new IllegalStateException("grant " + id + ": unexpected " + result);
            }
            conflicts++;
            catchUp();
        }
    }

    long grantedCents() {
        return grantedCents;
    }

    List<String> grants() {
        return List.copyOf(grants);
    }

    int conflicts() {
        return conflicts;
    }

    long known() {
        return known;
    }
}
