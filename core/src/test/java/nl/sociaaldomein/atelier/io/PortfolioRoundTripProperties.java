package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioRoundTripProperties {

    @Test
    void readingWhatWasWrittenGivesTheSamePortfolio() {
        Tally tally = new Tally();
        Property.named("read(write(p)) equals p, JSON and YAML")
            .forAll(PortfolioGen.portfolios(), Gen.oneOf(InputFormat.JSON, InputFormat.YAML))
            .check(Property.pair((portfolio, format) -> {
                count(tally, portfolio);
                String text = PortfolioWriter.write(portfolio, format);
                var read = PortfolioReader.read("written." + format, text.getBytes(StandardCharsets.UTF_8), format);
                assertThat(read.isOk()).as("problems %s reading%n%s", read.problems(), text).isTrue();
                assertThat(read.orElseThrow()).isEqualTo(portfolio);
            }));

        // The generator reaches both applicant kinds and both sides of the optional fields.
        if (!Settings.fullRun()) {
            return;
        }
        assertThat(tally.count("natural person")).isPositive();
        assertThat(tally.count("organisation")).isPositive();
        assertThat(tally.count("amount")).isPositive();
        assertThat(tally.count("no amount")).isPositive();
        assertThat(tally.count("period")).isPositive();
        assertThat(tally.count("no period")).isPositive();
    }

    @Test
    void writingToAFileChoosesTheFormatByItsName(@TempDir Path dir) throws Exception {
        Portfolio portfolio = PortfolioReader.read(Path.of("../docs/examples/portfolio-groningen-2016.yaml")).orElseThrow();
        for (String name : new String[] {"p.json", "p.yaml"}) {
            Path file = dir.resolve(name);
            PortfolioWriter.write(portfolio, file);
            assertThat(Files.readString(file).startsWith("{")).isEqualTo(name.endsWith(".json"));
            assertThat(PortfolioReader.read(file).orElseThrow()).isEqualTo(portfolio);
        }
    }

    private static void count(Tally tally, Portfolio portfolio) {
        tally.add(portfolio.period().isPresent() ? "period" : "no period");
        for (Initiative initiative : portfolio.initiatives()) {
            tally.add(initiative.applicant().isNaturalPerson() ? "natural person" : "organisation");
            tally.add(initiative.requestedAmount().isPresent() ? "amount" : "no amount");
        }
    }
}
