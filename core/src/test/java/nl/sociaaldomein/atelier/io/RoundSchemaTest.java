package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/round.schema.json describes what RoundFileReader accepts: for each object of the format
 * the schema's properties are the fields the reader knows and its required list the fields the
 * reader reports missing (as PortfolioSchemaTest does for the portfolio format).
 */
class RoundSchemaTest {

    private static final Pattern KNOWN_FIELDS = Pattern.compile("\\(known fields: (.*)\\)$");
    private static final Pattern MISSING = Pattern.compile("required field '(.*)' is missing.*");

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(Path.of("../docs/round.schema.json").toFile());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "root            | ''                          | zzz: 1",
        "inlinePortfolio | /portfolio                  | 'portfolio: {zzz: 1}'",
        "budget          | /budget                     | 'budget: {zzz: 1}'",
        "pot             | /budget/pots/0              | 'budget: {pots: [{zzz: 1}]}'",
        "call            | /call                       | 'call: {zzz: 1}'",
        "phase           | /call/phases/0              | 'call: {phases: [{zzz: 1}]}'",
        "score           | /scores/0                   | 'scores: [{zzz: 1}]'",
        "decisions       | /decisions                  | 'decisions: {zzz: 1}'",
        "reservation     | /decisions/reservations/0   | 'decisions: {reservations: [{zzz: 1}]}'",
    })
    void schemaPropertiesAndRequiredFieldsAreThoseOfTheReader(String definition, String pointer, String yaml) throws IOException {
        JsonNode object = definition.equals("root") ? schema() : schema().get("$defs").get(definition);
        List<InputProblem> problems = RoundFileReader.read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML,
            Optional.empty()).getLeft();

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

        assertThat(known).containsExactlyInAnyOrderElementsOf(names(object.get("properties")));
        assertThat(missing).containsExactlyInAnyOrderElementsOf(texts(object.get("required")));
        assertThat(object.get("additionalProperties").asBoolean(true)).as("unknown fields are refused").isFalse();
    }

    @Test
    void closedValuesAreTheReadersOwn() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(RoundFormat.VERSION);
        assertThat(texts(schema.at("/$defs/phase/properties/phase/enum"))).containsExactlyElementsOf(RoundFormat.PHASES.keySet());
        assertThat(texts(schema.at("/$defs/outcome/properties/decision/enum"))).containsExactlyElementsOf(RoundFormat.DECISION_KINDS);
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }
}
