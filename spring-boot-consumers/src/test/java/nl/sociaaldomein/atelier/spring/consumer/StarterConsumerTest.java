package nl.sociaaldomein.atelier.spring.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.jackson.AtelierJacksonModule;
import nl.sociaaldomein.atelier.spring.autoconfigure.LedgerPostings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The starter in an application that has nothing but it, Boot's web and actuator starters and an
 * {@code application.properties}: run on each supported Boot line by its own module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StarterConsumerTest {

    @Autowired
    Environment environment;

    @Autowired
    LoadedProfile profile;

    @Autowired
    LedgerPostings postings;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void freshStore() throws IOException {
        Path folder = Path.of("target/consumer");
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        // The SQLite store makes its file, not the folder it is in.
        Files.createDirectories(folder);
    }

    HttpResponse<String> send(String method, String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port") + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void the_profile_and_store_are_the_properties() {
        assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("expected.boot.version"));
        assertThat(profile.id()).isEqualTo("hoogeveen");
        assertThat(Path.of("target/consumer/atelier.db")).exists();
    }

    @Test
    @Order(2)
    void amounts_are_exact_euro_strings_in_boots_own_json() throws Exception {
        HttpResponse<String> granted = send("POST", "/grants/a/600", null);
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(granted.body()).contains("\"remaining\":{\"cents\":40000,\"amount\":\"400.00\",\"text\":\"€ 400\"}");
    }

    @Test
    @Order(5)
    void boots_mapper_writes_what_atelier_jackson_writes_on_every_boot_line() throws Exception {
        HttpResponse<String> served = send("GET", "/shapes", null);
        assertThat(served.statusCode()).isEqualTo(200);
        // atelier-jackson's own Jackson 2 module in a plain mapper: the documented shapes (docs/embedding.md).
        ObjectMapper reference = AtelierJacksonModule.mapperFor(profile);
        String expected = reference.writeValueAsString(ShapeSamples.values(postings.ledger().view().pot("wmo").orElseThrow()));
        assertThat(served.body()).isEqualTo(expected).contains("\"amount\":\"887685.01\"").contains("\"precision\":\"month\"");
    }

    @Test
    @Order(3)
    void a_grant_beyond_the_ceiling_is_409_problem_details_with_its_code_in_the_asked_language() throws Exception {
        HttpResponse<String> refused = send("POST", "/grants/b/500", "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"code\":\"ledger.exceeds-remaining\"").contains("\"title\":\"Conflicts with what is recorded\"")
            .contains("the ledger refuses the entry");
        HttpResponse<String> dutch = send("POST", "/grants/b/500", null);
        assertThat(dutch.body()).contains("\"title\":\"Strijdig met wat is vastgelegd\"");
    }

    @Test
    @Order(4)
    void health_and_metrics_come_from_the_actuator() throws Exception {
        HttpResponse<String> health = send("GET", "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"atelier\":{").contains("\"verifiedAtStart\":\"whole-chain\"").contains("atelier.db");
        HttpResponse<String> refusals = send("GET", "/actuator/metrics/atelier.ledger.refusals", null);
        assertThat(refusals.statusCode()).isEqualTo(200);
        assertThat(refusals.body()).contains("\"value\":2.0");
        HttpResponse<String> postings = send("GET", "/actuator/metrics/atelier.ledger.postings", null);
        assertThat(postings.body()).contains("\"value\":1.0");
    }
}
