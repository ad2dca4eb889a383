package nl.sociaaldomein.atelier.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.ReadLimits;

/**
 * What a kept round or register is defined by (the record after a round's budget, the first of a
 * register's journal): the file {@code round open} or {@code experiment register} first read, as it
 * was (its name, format and content), and the profile's id. Every later command reads it again with
 * the same reader, so the store alone rebuilds what the commands work on.
 */
record KeptDefinition(String profile, String fileName, InputFormat format, String content) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("profile", profile);
        node.put("file", fileName);
        node.put("format", format.name());
        node.put("content", content);
        return node.toString();
    }

    static KeptDefinition fromJson(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return new KeptDefinition(node.path("profile").asText(), node.path("file").asText(),
                InputFormat.valueOf(node.path("format").asText()), node.path("content").asText());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the definition does not read: " + e.getMessage(), e);
        }
    }

    /** The file as parsed again. */
    LocatedDocument document() {
        return LocatedDocument.parse(fileName, content.getBytes(StandardCharsets.UTF_8), format, ReadLimits.DEFAULT)
            .toEither().getOrElseThrow(problems -> new IllegalStateException("the definition does not parse: " + problems));
    }
}
