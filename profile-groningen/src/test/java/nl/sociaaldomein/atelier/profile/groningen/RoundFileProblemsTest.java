package nl.sociaaldomein.atelier.profile.groningen;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import org.junit.jupiter.api.Test;

/** A copy of the shipped round file with one mistake of each kind: the reader lists them all, located, in file order. */
class RoundFileProblemsTest {

    private static final String NAME = "broken-round.yaml";

    @Test
    void everyMistakeIsReportedWithItsLineAndPath() {
        String text = new String(GroningenRound2016.bytes(), StandardCharsets.UTF_8)
            .replace("format: atelier-round/1", "format: atelier-round/2")
            .replace("cbsCode: GM0014", "cbsCode: GM14")
            .replace("{phase: open-for-ideas, start: 01-12-2015, end: 31-12-2015}", "{phase: open-for-ideas, start: 01-12-2015, end: 31-13-2015}")
            .replace("  pot: wmo-2016\n", "  pot: wmo-2017\n")
            .replace("maximumAmount: 1000000", "maximumAmmount: 1000000")
            .replace("{initiative: gr2016-01, decision: granted, amount: 25000}", "{initiative: gr2016-01, decision: granted, amount: -5}")
            .replace("{initiative: gr2016-idee-43, decision: withdrawn}", "{initiative: gr2016-idee-44, decision: withdrawn}")
            .replace("{initiative: gr2016-idee-41, decision: withdrawn}", "{initiative: gr2016-idee-41, decision: withdrawen}");
        List<Problem> problems = RoundFileReader.read(NAME, text.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty())
            .problems();

        assertThat(problems).extracting((Problem p) -> p.place().path()).contains(
            "/format", "/portfolio/municipality/cbsCode", "/call/phases/0/end", "/call/pot", "/call/maximumAmmount",
            "/call/maximumAmount", "/decisions/outcomes/0/amount", "/decisions/outcomes/42/initiative", "/decisions/outcomes/40/decision");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.place().file()).contains(NAME);
            assertThat(p.place().line()).isPositive();
        });
        assertThat(problems).isSortedAccordingTo(Comparator.comparingInt((Problem p) -> p.place().line()).thenComparingInt(p -> p.place().column()));
        assertThat(problems.stream().map(p -> FileProblem.describe(p, Locale.ENGLISH))).anySatisfy(p -> assertThat(p)
            .contains("/decisions/outcomes/42/initiative").contains("no initiative 'gr2016-idee-44'").contains("did you mean 'gr2016-idee-"));
        // The call's pot is wrong once: decisions that leave their pot to the call's are not blamed for it.
        assertThat(problems).filteredOn(p -> p.message(Locale.ENGLISH).contains("wmo-2017")).extracting((Problem p) -> p.place().path()).containsExactly("/call/pot");
        assertThat(problems.stream().map(p -> p.message(Locale.ENGLISH))).anySatisfy(m -> assertThat(m).contains("unknown value 'withdrawen'"))
            .anySatisfy(m -> assertThat(m).contains("atelier-round/1"))
            .anySatisfy(m -> assertThat(m).contains("did you mean 'maximumAmount'"));
    }

    @Test
    void theShippedFileReadsWithoutProblems() {
        assertThat(GroningenRound2016.read().isOk()).as("%s", GroningenRound2016.read()).isTrue();
    }
}
