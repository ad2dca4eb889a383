package nl.sociaaldomein.atelier.store.jdbc;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;

/**
 * A store's journal as one application instance's ledger uses it, with two handles for tests
 * that force an interleaving: a step that runs once just before the next append reaches the
 * store (another instance commits in the gap between deciding and writing), and a step that runs
 * once between two reads (another instance commits while this one catches up, which reads a
 * record at a time when {@link #readOneAtATime} is set). Counts the appends that lost to another
 * writer's.
 */
final class SteppedJournal implements Journal {

    private final Journal journal;
    private final AtomicInteger conflicts = new AtomicInteger();
    private volatile Runnable beforeNextAppend;
    private volatile Runnable betweenReads;
    private volatile boolean readOneAtATime;

    SteppedJournal(Journal journal) {
        this.journal = journal;
    }

    /** Runs {@code step} once, after this instance has decided and before its append reaches the store. */
    void beforeNextAppend(Runnable step) {
        beforeNextAppend = step;
    }

    /** Reads one record per call from now on, and runs {@code step} once after the first of those reads. */
    void betweenReads(Runnable step) {
        readOneAtATime = true;
        betweenReads = step;
    }

    int conflicts() {
        return conflicts.get();
    }

    @Override
    public long head() {
        return journal.head();
    }

    @Override
    public AppendResult append(long expectedHead, Batch batch) {
        Runnable step = beforeNextAppend;
        if (step != null) {
            beforeNextAppend = null;
            step.run();
        }
        AppendResult result = journal.append(expectedHead, batch);
        if (result instanceof AppendResult.Conflict) {
            conflicts.incrementAndGet();
        }
        return result;
    }

    @Override
    public List<JournalRecord> read(long afterPosition, int limit) {
        List<JournalRecord> records = journal.read(afterPosition, readOneAtATime ? Math.min(limit, 1) : limit);
        Runnable step = betweenReads;
        if (step != null && !records.isEmpty()) {
            betweenReads = null;
            step.run();
        }
        return records;
    }
}
