package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schemas in the jar are the one description of the formats: docs/ links to them and keeps
 * no copy, the records a valid document binds to have exactly the schema's fields, and the few
 * names the code needs (the format versions, the phases of a call) are the schema's.
 */
class FormatSchemaTest {

    @Test
    void docsLinkToTheSchemasInTheJarAndKeepNoCopy() throws Exception {
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            assertThat(docs.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".schema.json"));
        }
        for (FormatSchema format : FormatSchema.values()) {
            Path inJar = Path.of("src/main/resources", FormatSchema.RESOURCE_FOLDER, format.fileName());
            assertThat(inJar).exists();
            assertThat(format.document().get("$id").asText()).isEqualTo(FormatSchema.ID_PREFIX + format.fileName());
        }
        String link = "../core/src/main/resources/" + FormatSchema.RESOURCE_FOLDER;
        assertThat(Files.readString(Path.of("../docs/portfolio-format.md"))).contains(link + "portfolio.schema.json");
        assertThat(Files.readString(Path.of("../docs/round-format.md"))).contains(link + "round.schema.json");
    }

    /** Each object of a schema binds to one record of {@link FileEntries} whose components are its properties. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "PORTFOLIO | ''                                   | PortfolioEntry",
        "PORTFOLIO | /$defs/municipality                  | MunicipalityEntry",
        "PORTFOLIO | /$defs/period                        | PeriodEntry",
        "PORTFOLIO | /$defs/initiative                    | InitiativeEntry",
        "PORTFOLIO | /$defs/applicant                     | ApplicantEntry",
        "ROUND     | ''                                   | RoundEntry",
        "ROUND     | /$defs/inlinePortfolio               | PortfolioEntry",
        "ROUND     | /$defs/budget                        | BudgetEntry",
        "ROUND     | /$defs/pot                           | PotEntry",
        "ROUND     | /$defs/call                          | CallEntry",
        "ROUND     | /$defs/phase                         | PhaseEntry",
        "ROUND     | /$defs/score                         | ScoreEntry",
        "ROUND     | /$defs/decisions                     | DecisionsEntry",
        "ROUND     | /$defs/decisions/properties/decidedBy | DecidedByEntry",
        "ROUND     | /$defs/outcome /$defs/granted /$defs/referred /$defs/inKind /$defs/deferred /$defs/rejected /$defs/withdrawn "
            + "| OutcomeEntry",
        "ROUND     | /$defs/funding                       | FundingEntry",
        "ROUND     | /$defs/reservation                   | ReservationEntry",
        "ROUND     | /$defs/provenance                    | ProvenanceEntry",
        "ROUND     | /$defs/provenance/properties/bron    | SourceEntry",
    })
    void theRecordsBindExactlyTheSchemasFields(FormatSchema format, String definitions, String record) throws Exception {
        Set<String> properties = new LinkedHashSet<>();
        for (String definition : definitions.isBlank() ? new String[] {""} : definitions.trim().split("\\s+")) {
            format.document().at(definition).path("properties").fieldNames().forEachRemaining(properties::add);
        }
        Class<?> type = Class.forName(FileEntries.class.getName() + "$" + record);
        List<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();

        assertThat(properties).isNotEmpty();
        assertThat(components).containsExactlyInAnyOrderElementsOf(properties);
    }

    @Test
    void theNamesTheCodeUsesAreTheSchemas() {
        JsonNode portfolio = FormatSchema.PORTFOLIO.document();
        JsonNode round = FormatSchema.ROUND.document();
        assertThat(portfolio.at("/properties/format/const").asText()).isEqualTo(PortfolioFormat.VERSION);
        assertThat(texts(portfolio.at("/$defs/applicant/properties/kind/enum")))
            .containsExactly(PortfolioFormat.NATURAL_PERSON, PortfolioFormat.ORGANISATION, PortfolioFormat.UNKNOWN);
        assertThat(round.at("/properties/format/const").asText()).isEqualTo(RoundFormat.VERSION);
        assertThat(texts(round.at("/$defs/phase/properties/phase/enum"))).containsExactlyElementsOf(RoundFormat.PHASES.keySet());
        // One decision in the file for each kind of planned decision in the model: InKind is written in-kind.
        List<String> planned = Arrays.stream(PlannedDecision.class.getPermittedSubclasses())
            .map(kind -> kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(texts(round.at("/$defs/outcome/properties/decision/enum"))).containsExactlyInAnyOrderElementsOf(planned);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }
}
