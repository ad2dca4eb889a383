package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/round.schema.json describes what RoundFileReader accepts: for each object of the format
 * the schema's properties are the fields the reader knows and its required list the fields the
 * reader reports missing (as PortfolioSchemaTest does for the portfolio format).
 */
class RoundSchemaTest {

    private static JsonNode schema() throws IOException {
        return SchemaWitness.schema("round.schema.json");
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
        "provenance      | /provenance/0               | 'provenance: [{zzz: 1}]'",
    })
    void schemaPropertiesAndRequiredFieldsAreThoseOfTheReader(String definition, String pointer, String yaml) throws IOException {
        JsonNode object = SchemaWitness.definition(schema(), definition);
        List<InputProblem> problems = RoundFileReader.read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML,
            Optional.empty()).getLeft();

        SchemaWitness.assertDescribesReader(object, pointer, problems);
    }

    @Test
    void closedValuesAreTheReadersOwn() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(RoundFormat.VERSION);
        assertThat(SchemaWitness.texts(schema.at("/$defs/phase/properties/phase/enum"))).containsExactlyElementsOf(RoundFormat.PHASES.keySet());
        assertThat(SchemaWitness.texts(schema.at("/$defs/outcome/properties/decision/enum"))).containsExactlyElementsOf(RoundFormat.DECISION_KINDS);
    }
}
