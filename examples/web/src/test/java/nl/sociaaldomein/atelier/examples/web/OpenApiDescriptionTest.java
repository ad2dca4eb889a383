package nl.sociaaldomein.atelier.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed description of the API, docs/openapi.json, is what the controllers serve: springdoc
 * reads it from them, and any difference fails the build. After changing the API, write it anew
 * with {@code mvn -pl examples/web -am verify -Dtest=OpenApiDescriptionTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Datelier.openapi.write=true} and commit it with the change.
 */
class OpenApiDescriptionTest extends RunningApp {

    static final Path COMMITTED = Path.of("../../docs/openapi.json");

    @Test
    void the_committed_description_is_what_the_controllers_serve() throws Exception {
        String served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        JsonNode description = json.readTree(served);
        // The server's address is this test's random port, not part of the API.
        ((ObjectNode) description).remove("servers");
        String text = json.writeValueAsString(json.treeToValue(description, Object.class)) + "\n";
        if (Boolean.getBoolean("atelier.openapi.write")) {
            Files.writeString(COMMITTED, text, StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("docs/openapi.json (write it anew with -Datelier.openapi.write=true)").exists();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
            .as("docs/openapi.json differs from what the controllers serve; write it anew with -Datelier.openapi.write=true")
            .isEqualTo(text);
        assertThat(description.path("paths").fieldNames()).toIterable().contains("/api/budget", "/api/grants/{id}/advances",
            "/api/ledger/entries", "/api/reports/{id}");
    }
}
