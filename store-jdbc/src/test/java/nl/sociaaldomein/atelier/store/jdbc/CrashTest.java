package nl.sociaaldomein.atelier.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.journal.JournalRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM appends batches in a loop and prints each acknowledged batch id; the test kills it
 * with {@code kill -9} at random moments (while it starts, migrates, or appends) and after each
 * kill opens the store: every acknowledged batch is there, no batch is there in part, and the hash
 * chain verifies (opening verifies it; a damaged journal would be refused).
 */
class CrashTest {

    /** Kills per engine; two engines make at least 50 per run. */
    private static final int KILLS = Integer.getInteger("atelier.crash.kills", 25);

    @TempDir
    static Path folder;

    static Stream<StoreFixture> engines() {
        return Stream.of(StoreFixture.sqlite(folder), StoreFixture.postgres());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void every_acknowledged_batch_survives_kill_9_whole_and_nothing_is_half_written(StoreFixture fixture) throws Exception {
        long seed = Long.getLong("atelier.seed", System.nanoTime());
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        int killedWhileAppending = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            ChildProcess child = ChildProcess.start(fixture.location(), "k" + kill, random.nextLong(), null);
            if (random.nextInt(5) == 0) {
                Thread.sleep(random.nextInt(700)); // somewhere in start-up: opening, migrating, verifying
            } else {
                assertThat(child.awaitReady(60_000)).as("seed %s: the child started; it printed:%n%s", seed, child.output())
                    .isTrue();
                Thread.sleep(random.nextInt(400));
                killedWhileAppending++;
            }
            child.kill();
            acknowledged.addAll(child.acknowledged());

            Map<String, List<JournalRecord>> stored = storedBatches(fixture); // opening verifies the chain
            for (String id : acknowledged) {
                assertThat(stored).as("seed %s, kill %d: acknowledged batch %s is stored", seed, kill, id).containsKey(id);
            }
            for (Map.Entry<String, List<JournalRecord>> batch : stored.entrySet()) {
                int size = Integer.parseInt(batch.getKey().substring(batch.getKey().lastIndexOf("-of") + 3));
                assertThat(batch.getValue()).as("seed %s, kill %d: batch %s is whole", seed, kill, batch.getKey()).hasSize(size);
                for (int i = 0; i < size; i++) {
                    assertThat(batch.getValue().get(i).payload()).contains("\"index\":" + i);
                }
            }
        }
        assertThat(killedWhileAppending).isPositive();
        assertThat(acknowledged).as("seed %s: the children acknowledged batches before they were killed", seed)
            .hasSizeGreaterThan(KILLS);
    }

    /** The stored batches in order, each with its records; the store is opened and closed again. */
    private static Map<String, List<JournalRecord>> storedBatches(StoreFixture fixture) {
        Map<String, List<JournalRecord>> batches = new LinkedHashMap<>();
        try (JournalStore store = fixture.open()) {
            Journal journal = store.journal("crash");
            for (JournalRecord record : journal.read(0, Integer.MAX_VALUE)) {
                batches.computeIfAbsent(record.batchId(), id -> new ArrayList<>()).add(record);
            }
            assertThat(journal.verify()).isEmpty();
        }
        return batches;
    }
}
