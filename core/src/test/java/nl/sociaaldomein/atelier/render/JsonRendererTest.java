package nl.sociaaldomein.atelier.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import nl.sociaaldomein.atelier.initiative.Audience;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private final JsonRenderer renderer = new JsonRenderer();

    @Test
    void amountsAreExactCentsAndAPlainDecimal() throws IOException {
        JsonNode json = render(RenderOptions.defaults());
        JsonNode table = json.at("/sections/0/blocks/1");
        assertThat(table.get("type").asText()).isEqualTo("table");
        JsonNode total = table.at("/footer/0/3");
        assertThat(total.get("type").asText()).isEqualTo("money");
        assertThat(total.get("cents").asLong()).isEqualTo(88_768_500L);
        assertThat(total.get("amount").asText()).isEqualTo("887685.00");
        assertThat(total.get("text").asText()).isEqualTo("€ 887.685");
        assertThat(table.at("/footer/0/1/text").asText()).isEqualTo("Totaal");
    }

    @Test
    void datesKeepTheirPrecision() throws IOException {
        JsonNode rows = render(RenderOptions.defaults()).at("/sections/2/blocks/0/rows");
        JsonNode monthEnd = rows.at("/4/8");
        assertThat(monthEnd.get("precision").asText()).isEqualTo("month");
        assertThat(monthEnd.get("value").asText()).isEqualTo("2018-03");
        assertThat(monthEnd.get("latest").asText()).isEqualTo("2018-03-31");
        JsonNode unknownEnd = rows.at("/2/8");
        assertThat(unknownEnd.get("precision").asText()).isEqualTo("unknown");
        assertThat(unknownEnd.get("value").isNull()).isTrue();
        assertThat(rows.at("/3/8/value").asText()).isEqualTo("2016");
        assertThat(rows.at("/0/2/marked").asBoolean()).isTrue();
    }

    @Test
    void headerSaysFormatVersionLanguageAndAudience() throws IOException {
        JsonNode json = render(RenderOptions.defaults().withAudience(Audience.INTERNAL));
        assertThat(json.get("format").asText()).isEqualTo("atelier-report");
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("language").asText()).isEqualTo("nl-NL");
        assertThat(json.get("audience").asText()).isEqualTo("internal");
        JsonNode chart = json.at("/sections/1/blocks/0/chart");
        assertThat(chart.get("type").asText()).isEqualTo("budget-use");
        assertThat(chart.at("/pots/0/remaining/cents").asLong()).isEqualTo(6_231_500L);
    }

    @Test
    void hostileTextIsValidJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(renderer.renderToBytes(HostileReport.build(), RenderOptions.defaults()));
        assertThat(json.get("title").asText()).startsWith("# " + HostileReport.SCRIPT);
    }

    private JsonNode render(RenderOptions options) throws IOException {
        return new ObjectMapper().readTree(renderer.renderToBytes(SampleReport.build(), options));
    }
}
