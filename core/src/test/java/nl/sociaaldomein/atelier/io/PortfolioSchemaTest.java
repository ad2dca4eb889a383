package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/portfolio.schema.json describes what PortfolioReader accepts: for every object of the
 * format, the schema's properties are the fields the reader knows and its required list the
 * fields the reader reports missing. The reader's own messages are the witness.
 */
class PortfolioSchemaTest {

    private static JsonNode schema() throws IOException {
        return SchemaWitness.schema("portfolio.schema.json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "root         | ''                     | zzz: 1",
        "municipality | /municipality          | 'municipality: {zzz: 1}'",
        "period       | /period                | 'period: {zzz: 1}'",
        "initiative   | /initiatives/0         | 'initiatives: [{zzz: 1}]'",
        "applicant    | /initiatives/0/applicant | 'initiatives: [{applicant: {zzz: 1}}]'",
    })
    void schemaPropertiesAndRequiredFieldsAreThoseOfTheReader(String definition, String pointer, String yaml)
            throws IOException {
        JsonNode object = SchemaWitness.definition(schema(), definition);
        List<InputProblem> problems = PortfolioReader.read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8),
            InputFormat.YAML).getLeft();

        SchemaWitness.assertDescribesReader(object, pointer, problems);
    }

    @Test
    void closedValuesAndFormsAreTheReadersOwn() throws IOException {
        JsonNode schema = schema();
        assertThat(schema.at("/properties/format/const").asText()).isEqualTo(PortfolioFormat.VERSION);
        assertThat(SchemaWitness.texts(schema.at("/$defs/applicant/properties/kind/enum")))
            .containsExactlyElementsOf(PortfolioFormat.APPLICANT_KINDS);
        Pattern cbs = Pattern.compile(schema.at("/$defs/municipality/properties/cbsCode/pattern").asText());
        assertThat(cbs.matcher("GM0014").matches()).isTrue();
        assertThat(cbs.matcher("GM14").matches()).isFalse();
        Pattern amount = Pattern.compile(schema.at("/$defs/amount/oneOf/1/pattern").asText());
        for (String accepted : new String[] {"887685", "12000.50", "12000.5", "0.010"}) {
            assertThat(amount.matcher(accepted).matches()).as(accepted).isTrue();
            assertThat(MoneyFormat.parsePlain(accepted).isRight()).isTrue();
        }
        for (String refused : new String[] {"12000.505", "-5", "€ 887.685", "12."}) {
            assertThat(amount.matcher(refused).matches()).as(refused).isFalse();
        }
    }
}
