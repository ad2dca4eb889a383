package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;
import org.junit.jupiter.api.Test;

/** A round file's provenance list: read per block and value, every mistake located, and required of profile data. */
class ProvenanceReaderTest {

    private static final String ROUND = """
        format: atelier-round/1
        portfolio:
          municipality: {name: Groningen, cbsCode: GM0014}
          initiatives:
            - {id: a, title: T, applicant: {kind: unknown}}
        budget:
          pots: [{id: p, name: P, ceiling: 1000, period: 2016}]
        call:
          id: c
          name: C
          pot: p
          framework: f
          phases: [{phase: open-for-ideas, start: 01-01-2016, end: 31-01-2016}]
          maximumAmount: 1000
        """;

    @Test
    void aFileStatesProvenancePerBlockAndPerValue() {
        String yaml = ROUND + """
            provenance:
              - {of: portfolio, bron: {file: 000_54832993d59957fc.txt, quote: "Van de 43 ideeën"}}
              - {of: budget, aanname: geen bedrag gepubliceerd}
              - {of: budget/p/ceiling, berekend: som}
              - {of: call, aanname: illustratief}
            """;
        var plan = RoundFileReader.readProfileData("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML).orElseThrow();
        assertThat(plan.provenance().of("portfolio", "a", "title")).contains(Provenance.source("000_54832993d59957fc.txt", "Van de 43 ideeën"));
        assertThat(plan.provenance().of("budget", "p", "ceiling")).contains(Provenance.computed("som"));
        assertThat(plan.provenance().of("budget", "p", "name")).contains(Provenance.assumption("geen bedrag gepubliceerd"));
    }

    @Test
    void profileDataWithoutProvenanceIsRefusedBlockByBlockAndAUsersFileIsNot() {
        List<Problem> problems = RoundFileReader.readProfileData("r.yaml", ROUND.getBytes(StandardCharsets.UTF_8), InputFormat.YAML)
            .problems();
        assertThat(problems).extracting((Problem p) -> p.place().path()).containsExactly("/portfolio", "/budget", "/call");
        assertThat(problems.get(0).message(Locale.ENGLISH)).startsWith("profile data must say where 'portfolio' comes from");
        assertThat(RoundFileReader.read("r.yaml", ROUND.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty()).isOk())
            .isTrue();
    }

    @Test
    void everyMistakeInTheListIsLocated() {
        String yaml = ROUND + """
            provenance:
              - {of: portfolio, bron: {file: f.txt, quote: q}, aanname: twee soorten}
              - {of: budjet, aanname: x}
              - {of: call, berekend: ""}
              - {of: "/call", aanname: x}
            """;
        List<Problem> problems = RoundFileReader.read("r.yaml", yaml.getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty())
            .problems();
        assertThat(problems).extracting((Problem p) -> p.place().path(), (Problem p) -> p.message(Locale.ENGLISH)).contains(
            org.assertj.core.groups.Tuple.tuple("/provenance/0", "a provenance entry has exactly one of 'bron' (file and quote), "
                + "'berekend' (how it is computed) or 'aanname' (why it is assumed); found 2"),
            org.assertj.core.groups.Tuple.tuple("/provenance/1/of", "'budjet' is not a part of this file; a provenance path starts with one of "
                + "[portfolio, budget, call, scores, decisions]"),
            org.assertj.core.groups.Tuple.tuple("/provenance/2/berekend", "must not be empty"));
        assertThat(problems).extracting((Problem p) -> p.place().path()).contains("/provenance/3/of");
    }
}
