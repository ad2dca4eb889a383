package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.LedgerRecordTypes;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.io.PortfolioWriter;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.render.JsonRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.SampleReports;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.api.Test;

/**
 * What the library does with Jackson, run against the Jackson on the classpath: the JSON
 * renderer (byte for byte the golden sample report), the portfolio reader on JSON and YAML, the
 * journal codec and this module's report shape. The modules {@code compat-jackson-oldest} and
 * {@code compat-jackson-newest} run it (and every other test of this module) against the oldest
 * and the newest Jackson 2 the library claims, named by {@code -Datelier.expectedJackson}.
 */
class JacksonVersionTest {

    @Test
    void runsOnTheJacksonItWasMeantToRunOn() {
        String expected = System.getProperty("atelier.expectedJackson", "");
        if (!expected.isBlank()) {
            assertThat(PackageVersion.VERSION.toString()).isEqualTo(expected);
            assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
        }
    }

    @Test
    void theJsonRendererWritesTheGoldenSampleReport() throws IOException {
        byte[] rendered = new JsonRenderer().renderToBytes(SampleReports.sample(), RenderOptions.defaults());
        try (InputStream golden = JacksonVersionTest.class.getResourceAsStream("/golden/sample-report.json")) {
            assertThat(golden).as("core's golden sample report on the test classpath").isNotNull();
            assertThat(new String(rendered, StandardCharsets.UTF_8)).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theModuleWritesAReportAsTheRendererDoes() throws IOException {
        Report report = SampleReports.sample();
        ObjectMapper mapper = new ObjectMapper().registerModule(new AtelierJacksonModule());
        assertThat(mapper.readTree(mapper.writeValueAsString(report)))
            .isEqualTo(mapper.readTree(new JsonRenderer().renderToBytes(report, RenderOptions.defaults())));
    }

    @Test
    void thePortfolioReaderReadsJsonAndYaml() {
        String yaml = "format: atelier-portfolio/1\nmunicipality:\n  name: Groningen\n  cbsCode: GM0014\ninitiatives:\n"
            + "  - id: gr2016-02\n    title: Duurzame Liefde als draagkracht voor WIJ Groningen\n    applicant:\n"
            + "      kind: organisation\n      name: St Kas-Vital\n      organisationKind: foundation\n    requestedAmount: 25000\n";
        Portfolio fromYaml = PortfolioReader.read("p.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).orElseThrow();
        assertThat(fromYaml.initiatives().get(0).requestedAmount()).contains(Money.ofEuros(25_000));
        String json = PortfolioWriter.write(fromYaml, InputFormat.JSON);
        assertThat(PortfolioReader.read("p.json", json.getBytes(StandardCharsets.UTF_8), InputFormat.JSON).orElseThrow()).isEqualTo(fromYaml);
        assertThat(PortfolioReader.read("p.yaml", "format: [".getBytes(StandardCharsets.UTF_8), InputFormat.YAML).problems())
            .isNotEmpty();
    }

    @Test
    void theJournalCodecReadsWhatItWrites() {
        JsonLedgerCodec codec = new JsonLedgerCodec();
        LedgerEntry grant = new LedgerEntry.Grant("g", LocalDate.of(2016, 6, 30), "r", "b", "i", "t", Money.ofEuros(5),
            List.of(Funding.of("p")), Optional.empty());
        assertThat(codec.decode(LedgerRecordTypes.of(grant), codec.encode(grant))).isEqualTo(grant);
    }
}
