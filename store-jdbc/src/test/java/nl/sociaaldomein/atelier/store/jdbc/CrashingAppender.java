package nl.sociaaldomein.atelier.store.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import nl.sociaaldomein.atelier.journal.NewRecord;
import nl.sociaaldomein.atelier.journal.Timestamps;

/**
 * The child process of the crash and two-process tests: opens the store at {@code args[0]},
 * appends batches of 1 to 5 records to journal {@code crash} in a loop and prints
 * {@code ack <batch id>} for each acknowledged one, until it is killed or has appended
 * {@code args[3]} batches (when given). A batch id says its size: {@code <run>-<n>-of<size>}.
 */
public final class CrashingAppender {

    private CrashingAppender() {
    }

    public static void main(String[] args) {
        String location = args[0];
        String run = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        long batches = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        long startAt = args.length > 4 ? Long.parseLong(args[4]) : 0;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (JournalStore store = JournalStore.open(location)) {
            Journal journal = store.journal("crash");
            out.println("ready");
            sleepUntil(startAt);
            for (long n = 0; n < batches; n++) {
                int size = 1 + random.nextInt(5);
                String id = run + "-" + n + "-of" + size;
                List<NewRecord> records = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    records.add(new NewRecord("test.crash", "{\"batch\":\"" + id + "\",\"index\":" + i + "}"));
                }
                while (true) {
                    long head = journal.head();
                    Instant at = Timestamps.micros(Instant.now());
                    if (head > 0) {
                        JournalRecord last = journal.read(head - 1, 1).get(0);
                        at = at.isBefore(last.recordedAt()) ? last.recordedAt() : at;
                    }
                    AppendResult result = journal.append(head, new Batch(id, at, records));
                    if (result instanceof AppendResult.Appended || result instanceof AppendResult.Duplicate) {
                        out.println("ack " + id);
                        break;
                    }
                    if (result instanceof AppendResult.Conflict) {
                        out.println("conflict");
                    } else {
                        throw new IllegalStateException("unexpected answer " + result);
                    }
                }
            }
        }
    }

    /** Waits for the moment (epoch milliseconds) when every process of a test starts appending. */
    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
