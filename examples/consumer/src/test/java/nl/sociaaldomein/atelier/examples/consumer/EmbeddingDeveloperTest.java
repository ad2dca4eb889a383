package nl.sociaaldomein.atelier.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.RecordedEntry;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.jackson.AtelierJacksonModule;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A developer at a vendor embeds Atelier in a plain-Java system: loads Hoogeveen's profile, runs
 * the illustrative 2016 call from its round file (read, assessed, decided by the profile's policy,
 * posted to a ledger), renders a report, and hands every value on as JSON with a plain
 * {@link ObjectMapper} and Atelier's module, reading each back equal. Mistakes come back as
 * problems with their places and serialize too.
 */
class EmbeddingDeveloperTest {

    /** The round file the example app ships (illustrative figures, as the file says). */
    static final Path ROUND = Path.of("../src/main/resources/scenarios/data/hoogeveen-2016.yaml");

    final GrantOffice office = new GrantOffice("hoogeveen");
    /**
     * The system's own mapper, for its case files: internal, so a private applicant's name is kept
     * (the default, public module writes "Particulier", as every public report does).
     */
    final ObjectMapper mapper = new ObjectMapper().registerModule(AtelierJacksonModule.withProfile(office.profile())
        .withOptions(RenderOptions.defaults().withAudience(Audience.INTERNAL)));
    /** The mapper for what leaves the municipality. */
    final ObjectMapper publicMapper = new ObjectMapper().registerModule(AtelierJacksonModule.withProfile(office.profile()));

    @Test
    void a_round_runs_from_its_file_to_its_report_and_every_value_it_touches_reads_back_equal_from_json() throws IOException {
        GrantOffice.Run run = office.run(ROUND).orElseThrow();
        Dossier dossier = run.dossier();
        Portfolio portfolio = dossier.portfolio().orElseThrow();
        Round round = dossier.round().orElseThrow();

        assertThat(portfolio.initiatives()).hasSize(6);
        assertReadsBack(portfolio, Portfolio.class);
        assertThat(mapper.writeValueAsString(portfolio)).contains("J. Voorbeeld (illustratief)");
        assertThat(publicMapper.writeValueAsString(portfolio)).contains("Particulier").doesNotContain("J. Voorbeeld");
        for (Initiative initiative : portfolio.initiatives()) {
            assertReadsBack(initiative, Initiative.class);
            assertReadsBack(round.assessment(initiative.id()), AssessmentResult.class);
        }
        assertReadsBack(round.call(), Call.class);
        List<Decision> decisions = round.initiatives().stream().flatMap(i -> round.decision(i.id()).stream()).toList();
        assertThat(decisions).as("the profile's policy decides every initiative").hasSize(6);
        for (Decision decision : decisions) {
            assertReadsBack(decision, Decision.class);
        }

        // The grants are in the ledger: one entry per granted decision, none over the pot's ceiling.
        long granted = decisions.stream().filter(d -> d instanceof Decision.Granted).count();
        assertThat(granted).isPositive();
        assertThat(run.ledger().size()).isEqualTo(granted);
        for (RecordedEntry entry : run.ledger().recorded()) {
            assertReadsBack(entry, RecordedEntry.class);
        }
        BudgetView budget = run.ledger().view(dossier.asOf());
        assertThat(budget.grants()).hasSize((int) granted);
        budget.pots().values().forEach(pot -> assertThat(pot.remaining().isNegative()).as(pot.id()).isFalse());
        assertReadsBack(budget, BudgetView.class);
        // The round reads back whole (call, assessments, decision book, receipt times), equal and with
        // the same summary; so does the dossier that holds it.
        assertReadsBack(round, Round.class);
        Round roundBack = mapper.readValue(mapper.writeValueAsString(round), Round.class);
        assertThat(roundBack.summary(budget.pots().get(round.call().potId()).ceiling()))
            .isEqualTo(round.summary(budget.pots().get(round.call().potId()).ceiling()));
        assertThat(publicMapper.writeValueAsString(round)).contains("Particulier").doesNotContain("J. Voorbeeld");
        assertReadsBack(dossier, Dossier.class);
        assertThat(mapper.readValue(mapper.writeValueAsString(dossier), Dossier.class).round()).contains(round);

        // The report, for the public: an applicant who is a private person is "Particulier".
        String markdown = new String(office.report(run, "funding-overview", "markdown", RenderOptions.defaults()).orElseThrow(),
            StandardCharsets.UTF_8);
        assertThat(markdown).contains("Particulier").doesNotContain("J. Voorbeeld");
        Report report = office.profile().report("funding-overview", dossier, RenderOptions.defaults()).orElseThrow();
        JsonNode written = publicMapper.valueToTree(report);
        assertThat(written.toString()).contains("Particulier").doesNotContain("J. Voorbeeld");
    }

    @Test
    void a_round_file_with_mistakes_gives_every_problem_with_its_place_and_runs_nothing(@TempDir Path folder)
        throws IOException {
        String good = Files.readString(ROUND);
        Path broken = folder.resolve("broken.yaml");
        // An amount in octal spelling and a field the format does not know, in two places.
        Files.writeString(broken, good.replace("requestedAmount: 18000", "requestedAmount: 018000")
            .replace("requestedAmount: 6500", "requestedAmount: 6500\n      colour: blue"));

        Result<GrantOffice.Run> run = office.run(broken);

        assertThat(run.isFailed()).isTrue();
        List<Problem> problems = run.problems();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);
        for (Problem problem : problems) {
            assertThat(problem.code()).as("a stable code").matches("[a-z]+(\\.[a-z0-9-]+)+");
            assertThat(problem.place().file()).as(problem.code()).hasValueSatisfying(file -> assertThat(file).endsWith("broken.yaml"));
            assertThat(problem.place().line()).as(problem.code()).isPositive();
            assertThat(problem.kind()).as(problem.code()).isEqualTo(ProblemKind.INVALID);
            assertThat(problem.message(Locale.ENGLISH)).as(problem.code()).isNotBlank();
        }
        assertThat(problems).anySatisfy(p -> assertThat(p.place().path()).contains("requestedAmount"));
        assertThat(problems).anySatisfy(p -> assertThat(p.place().path()).contains("colour"));

        // One way to the value or to every problem at once.
        assertThatThrownBy(run::orElseThrow).isInstanceOfSatisfying(ProblemException.class,
            thrown -> assertThat(thrown.problems()).isEqualTo(problems));

        // The problems go over the wire as they are.
        String json = mapper.writeValueAsString(problems);
        assertThat(mapper.readValue(json, new TypeReference<List<Problem>>() { })).isEqualTo(problems);
    }

    @Test
    void a_report_the_profile_does_not_have_is_a_problem_not_an_exception() throws IOException {
        GrantOffice.Run run = office.run(ROUND).orElseThrow();

        Result<byte[]> report = office.report(run, "no-such-report", "markdown", RenderOptions.defaults());

        assertThat(report.isFailed()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("report.unknown-format");
            assertThat(p.message(Locale.ENGLISH)).contains("no-such-report");
            assertThat(p.message(Locale.forLanguageTag("nl"))).contains("no-such-report").isNotEqualTo(p.message(Locale.ENGLISH));
        });
        String json = mapper.writeValueAsString(report);
        assertThat(mapper.readValue(json, new TypeReference<Result<byte[]>>() { }).problems()).isEqualTo(report.problems());
    }

    private <T> void assertReadsBack(T value, Class<T> type) throws IOException {
        String json = mapper.writeValueAsString(value);
        assertThat(mapper.readValue(json, type)).as(type.getSimpleName() + " from " + json).isEqualTo(value);
    }
}
