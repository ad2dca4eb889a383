package nl.sociaaldomein.atelier.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;

/**
 * A kept journal copied into memory, batch by batch with its moments, so that the same records
 * chain to the same hashes: a file's commands are tried on the copy before any goes to the store.
 */
final class JournalCopy {

    private static final int PAGE = 4096;

    private JournalCopy() {
    }

    static InMemoryJournal inMemory(Journal journal) {
        InMemoryJournal copy = new InMemoryJournal();
        List<NewRecord> records = new ArrayList<>();
        String batch = null;
        Instant at = null;
        long position = 0;
        while (true) {
            List<JournalRecord> page = journal.read(position, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (JournalRecord record : page) {
                if (batch != null && !batch.equals(record.batchId())) {
                    append(copy, batch, at, records);
                    records = new ArrayList<>();
                }
                batch = record.batchId();
                at = record.recordedAt();
                records.add(new NewRecord(record.type(), record.payload()));
                position = record.position();
            }
        }
        if (batch != null) {
            append(copy, batch, at, records);
        }
        return copy;
    }

    private static void append(InMemoryJournal copy, String batch, Instant at, List<NewRecord> records) {
        AppendResult result = copy.append(copy.head(), new Batch(batch, at, records));
        if (!(result instanceof AppendResult.Appended)) {
            throw new IllegalStateException("copying a journal for a trial: batch '" + batch + "': " + result);
        }
    }
}
