package nl.sociaaldomein.atelier.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The application as a user meets it, on a random port, with a store of its own made fresh for
 * this test run: the end-to-end and browser tests share it (Spring starts it once for both).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "atelier.store=target/web-test/atelier-web.db", "atelier.web.password=" + RunningApp.PASSWORD})
abstract class RunningApp {

    static final String USER = "medewerker";
    static final String PASSWORD = "proef-wachtwoord";

    static {
        Path folder = Path.of("target/web-test");
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    Environment environment;

    String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }
}
