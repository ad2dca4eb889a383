package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a JSON Schema in docs/ against what a reader really accepts, with the reader's own
 * messages as the witness: read an object holding only an unknown field {@code zzz}, and the
 * reader names its known fields ("known fields: …") and reports each required one missing.
 */
final class SchemaWitness {

    private static final Pattern KNOWN_FIELDS = Pattern.compile("\\(known fields: (.*)\\)$");
    private static final Pattern MISSING = Pattern.compile("required field '(.*)' is missing.*");

    private SchemaWitness() {
    }

    static JsonNode schema(String fileInDocs) throws IOException {
        return new ObjectMapper().readTree(Path.of("../docs", fileInDocs).toFile());
    }

    /** The schema's definition by name; {@code root} is the schema itself. */
    static JsonNode definition(JsonNode schema, String name) {
        return name.equals("root") ? schema : schema.get("$defs").get(name);
    }

    /**
     * The schema object's properties are the fields the reader knows at {@code pointer}, its
     * required list the fields the reader reported missing there, and it refuses unknown fields.
     */
    static void assertDescribesReader(JsonNode object, String pointer, List<InputProblem> problems) {
        List<String> known = problems.stream()
            .filter(p -> p.path().equals(pointer + "/zzz"))
            .map(p -> KNOWN_FIELDS.matcher(p.message()))
            .filter(Matcher::find)
            .flatMap(m -> Arrays.stream(m.group(1).split(", ")))
            .toList();
        List<String> missing = problems.stream()
            .filter(p -> p.path().startsWith(pointer + "/") && p.path().lastIndexOf('/') == pointer.length())
            .map(p -> MISSING.matcher(p.message()))
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .toList();
        List<String> properties = new ArrayList<>();
        object.get("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(known).containsExactlyInAnyOrderElementsOf(properties);
        assertThat(missing).containsExactlyInAnyOrderElementsOf(texts(object.get("required")));
        assertThat(object.get("additionalProperties").asBoolean(true)).as("unknown fields are refused").isFalse();
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }
}
