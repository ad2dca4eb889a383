package nl.sociaaldomein.atelier.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link CrashingAppender} (or {@link CrashingLedger}) in a JVM of its own, and what it has printed so far. */
final class ChildProcess {

    private final Process process;
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final StringBuilder other = new StringBuilder();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicInteger conflicts = new AtomicInteger();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(String location, String run, long seed, Long batches) throws IOException {
        return start(location, run, seed, batches, 0);
    }

    /** A child that appends {@code batches} (null: until killed), starting at {@code startAt} (epoch ms). */
    static ChildProcess start(String location, String run, long seed, Long batches, long startAt) throws IOException {
        return start(CrashingAppender.class, location, run, Long.toString(seed),
            batches == null ? Long.toString(Long.MAX_VALUE) : batches.toString(), Long.toString(startAt));
    }

    /** {@code main} in a JVM of its own, on this test run's class path; it prints {@code ready} and {@code ack <id>} lines. */
    static ChildProcess start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
            "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(line.substring(4));
                } else if (line.equals("conflict")) {
                    conflicts.incrementAndGet();
                } else if (line.equals("ready")) {
                    ready.countDown();
                } else {
                    synchronized (other) {
                        other.append(line).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line: what was read so far stands
        }
    }

    boolean awaitReady(long millis) throws InterruptedException {
        return ready.await(millis, TimeUnit.MILLISECONDS);
    }

    /** {@code kill -9}: the child gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("the child did not finish in " + seconds + " s; it printed:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return process.exitValue();
    }

    /** How often the child lost a race for the head and caught up. */
    int conflicts() {
        return conflicts.get();
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    String output() {
        synchronized (other) {
            return other.toString();
        }
    }
}
