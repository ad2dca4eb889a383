package nl.sociaaldomein.atelier.benchmarks.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.io.ReadLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a portfolio file of many initiatives: the whole read (parse, validate against the
 * schema, bind, check what a schema cannot say, build the model) against the baseline of parsing
 * alone into the located tree, which every read does first. The ratio is what the schema, the
 * binding and the checks cost on top of the parse.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PortfolioReadBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PortfolioReadBenchmark {

    @Param({"yaml", "json"})
    public String format;

    @Param("10000")
    public int initiatives;

    private byte[] bytes;
    private InputFormat inputFormat;

    @Setup
    public void setUp() throws java.io.IOException {
        inputFormat = format.equals("yaml") ? InputFormat.YAML : InputFormat.JSON;
        StringBuilder yaml = new StringBuilder("format: atelier-portfolio/1\nmunicipality: {name: Groningen, cbsCode: GM0014}\n"
            + "initiatives:\n");
        for (int i = 0; i < initiatives; i++) {
            String applicant = i % 3 == 0 ? "{kind: natural-person, name: Particulier " + i + "}"
                : "{kind: organisation, name: Stichting " + i + ", organisationKind: foundation}";
            yaml.append("  - {id: gr-").append(i).append(", title: Initiatief ").append(i).append(", applicant: ").append(applicant)
                .append(", requestedAmount: ").append(1000 + i % 50_000).append(".50, themes: [meedoen, eenzaamheid], ")
                .append("legalFrameworks: [wmo-2015], intakeChannel: innovation-workshop-pitch, submissionDate: 1-4-2016}\n");
        }
        bytes = inputFormat == InputFormat.YAML ? yaml.toString().getBytes(StandardCharsets.UTF_8)
            : new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml.toString()));
        if (read().initiatives().size() != initiatives) {
            throw new IllegalStateException("the generated portfolio does not read whole");
        }
    }

    /** The baseline: the located tree alone, with every hostile-input guard. */
    @Benchmark
    public LocatedDocument parseOnly() {
        return LocatedDocument.parse("p", bytes, inputFormat, ReadLimits.DEFAULT).orElseThrow();
    }

    @Benchmark
    public Portfolio read() {
        return PortfolioReader.read("p", bytes, inputFormat).orElseThrow();
    }
}
