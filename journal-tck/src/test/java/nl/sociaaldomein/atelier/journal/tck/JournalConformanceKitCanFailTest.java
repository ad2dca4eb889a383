package nl.sociaaldomein.atelier.journal.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.sociaaldomein.atelier.journal.AppendResult;
import nl.sociaaldomein.atelier.journal.Batch;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import org.junit.jupiter.api.Test;

/**
 * The kit catches a journal that breaks the port's promise: one that appends wherever its head is
 * now instead of refusing an append at a stale position (the check that keeps two instances from
 * together granting more than a pot holds). The same checks pass on the in-memory journal, so what
 * fails is the broken journal, not the kit.
 */
class JournalConformanceKitCanFailTest {

    @Test
    void aJournalThatIgnoresTheExpectedHeadFailsTheKit() {
        Map<String, String> failures = run(() -> new IgnoresExpectedHead(new InMemoryJournal()));

        assertThat(failures).containsKey("an_append_at_a_stale_position_stores_nothing_and_names_the_head");
    }

    @Test
    void theInMemoryJournalPassesEveryCheck() {
        assertThat(run(InMemoryJournal::new)).isEmpty();
    }

    /** Every check of the kit on journals from {@code journals}: the failing ones with their messages. */
    private static Map<String, String> run(Supplier<Journal> journals) {
        Map<String, String> failures = new TreeMap<>();
        for (Method check : JournalConformanceKit.class.getDeclaredMethods()) {
            if (!check.isAnnotationPresent(Test.class)) {
                continue;
            }
            JournalConformanceKit kit = new JournalConformanceKit() {
                @Override
                protected Journal newJournal() {
                    return journals.get();
                }
            };
            check.setAccessible(true);
            try {
                check.invoke(kit);
            } catch (InvocationTargetException e) {
                failures.put(check.getName(), String.valueOf(e.getCause().getMessage()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } finally {
                try {
                    kit.closeJournals();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return failures;
    }

    /** Appends at its current head whatever head the caller expected. */
    private record IgnoresExpectedHead(Journal inner) implements Journal {

        @Override
        public long head() {
            return inner.head();
        }

        @Override
        public AppendResult append(long expectedHead, Batch batch) {
            return inner.append(inner.head(), batch);
        }

        @Override
        public List<JournalRecord> read(long afterPosition, int limit) {
            return inner.read(afterPosition, limit);
        }
    }
}
