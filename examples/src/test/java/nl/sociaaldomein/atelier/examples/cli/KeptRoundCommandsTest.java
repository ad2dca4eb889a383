package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.io.JsonLedgerCodec;
import nl.sociaaldomein.atelier.io.JsonRoundEventCodec;
import nl.sociaaldomein.atelier.io.PortfolioReader;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.round.RoundCommand;
import nl.sociaaldomein.atelier.round.RoundReports;
import nl.sociaaldomein.atelier.round.RoundService;
import nl.sociaaldomein.atelier.store.jdbc.EmbeddedPostgresServer;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import org.junit.jupiter.api.Test;

/**
 * A round run from the command line on a kept SQLite store (docs/cli.md, "Rounds"): the example
 * files of docs/examples, the reports equal to what the library makes from the same commands,
 * every refusal the commands can meet printed with its code and recording nothing, and files with
 * problems shown at their places and recording nothing.
 */
class KeptRoundCommandsTest {

    static final String OPEN = "../docs/examples/round-open-hoogeveen.yaml";
    static final String SUBMIT = "../docs/examples/round-submit-hoogeveen.yaml";
    static final String SCORES = "../docs/examples/round-scores-hoogeveen.yaml";
    static final String DECISIONS = "../docs/examples/round-decisions-hoogeveen.yaml";
    static final String OBJECTION = "../docs/examples/round-objection-hoogeveen.yaml";

    private final KeptStoreRuns runs = new KeptStoreRuns("round");

    /** The second assessor's sheet: the example's, scored by beoordelaar-b. */
    private String secondAssessor() throws IOException {
        return runs.file("scores-b.yaml", Files.readString(Path.of(SCORES)).replace("beoordelaar-a", "beoordelaar-b")
            .replace("score: 8}", "score: 7}").replace("score: 9}", "score: 8}"));
    }

    @Test
    void a_whole_round_from_the_command_line_gives_the_reports_the_library_gives_for_the_same_commands() throws Exception {
        assertThat(runs.ok("open", OPEN, "--profile", "hoogeveen", "--on", "01-09-2016").out())
            .contains("opened round 'innovatie-2016-illustratief' in " + Path.of(runs.store()).toAbsolutePath() + ": recorded 1 event (1 × CallOpened)");
        assertThat(runs.ok("submit", SUBMIT).out()).contains("recorded 3 events (3 × InitiativeSubmitted)");
        Thread.sleep(5);
        Instant afterIntake = Instant.now();
        Thread.sleep(5);
        assertThat(runs.ok("score", SCORES).out()).contains("recorded 3 events (3 × ScoresRecorded)");
        runs.ok("score", secondAssessor());
        runs.ok("close-assessment", "--on", "31-10-2016");
        assertThat(runs.ok("decide", DECISIONS).out()).contains("recorded 1 event (1 × DecisionsTaken)");
        assertThat(runs.ok("object", OBJECTION).out()).contains("recorded 2 events (1 × ObjectionFiled, 1 × ObjectionDecided)");

        AppRun shown = runs.ok("show", "--as-of", "31-12-2016", "--report", "funding-overview");
        assertThat(shown.out()).isEqualTo(library(LocalDate.of(2016, 12, 31)));
        assertThat(shown.out()).contains("Samen koken met mantelzorgers (illustratief)", "Particulier")
            .doesNotContain("J. Voorbeeld");

        AppRun beforeObjection = runs.ok("show", "--as-of", "30-11-2016", "--report", "funding-overview");
        assertThat(beforeObjection.out()).isEqualTo(libraryBeforeObjection());

        AppRun known = runs.ok("show", "--as-of", "31-12-2016", "--known-at", afterIntake.toString(), "--report", "funding-overview", "--lang", "en");
        assertThat(known.out()).contains("Valpreventie thuis (illustratief)").doesNotContain("€ 20,000").doesNotContain("€ 20.000");

        AppRun main = runs.ok("show", "--as-of", "31-12-2016");
        assertThat(main.out()).contains("# Innovatieagenda sociaal domein", "---");
    }

    /** The same commands given to the library's round service on a journal in memory, rendered as the profile renders. */
    private static String library(LocalDate asOf) {
        return render(commands(true), asOf);
    }

    private static String libraryBeforeObjection() {
        return render(commands(false), LocalDate.of(2016, 11, 30));
    }

    private static List<RoundCommand> commands(boolean objection) {
        String actor = RoundFiles.ACTOR;
        List<RoundCommand> commands = new ArrayList<>();
        commands.add(new RoundCommand.OpenCall(Stamp.on(LocalDate.of(2016, 9, 1), actor, "x")));
        for (Initiative initiative : PortfolioReader.read(Path.of(SUBMIT)).orElseThrow().initiatives()) {
            commands.add(new RoundCommand.Submit(Stamp.on(initiative.submissionDate().orElseThrow(), actor, "x"), initiative));
        }
        Stamp scored = Stamp.on(LocalDate.of(2016, 10, 20), actor, "x");
        int[][] a = {{1, 8, 3, 4}, {1, 5, 8, 3}, {1, 4, 7, 9}};
        int[][] b = {{1, 7, 3, 4}, {1, 5, 7, 3}, {1, 4, 7, 8}};
        for (String assessor : List.of("beoordelaar-a", "beoordelaar-b")) {
            int[][] sheet = assessor.endsWith("a") ? a : b;
            for (int i = 0; i < 3; i++) {
                commands.add(new RoundCommand.RecordScores(scored, assessor, "i" + (i + 1), Map.of("policy-goals", sheet[i][0],
                    "self-reliance", sheet[i][1], "care-collaboration", sheet[i][2], "prevention", sheet[i][3])));
            }
        }
        commands.add(new RoundCommand.CloseAssessment(Stamp.on(LocalDate.of(2016, 10, 31), actor, "x")));
        String pot = "innovatie-illustratief";
        commands.add(new RoundCommand.DecideAsCommittee(Stamp.on(LocalDate.of(2016, 11, 15), actor, "x"),
            Text.of("besluit van het college van B&W (illustratief)", "decision of the municipal executive (illustrative)"),
            List.of(new PlannedDecision.Granted("i1", Map.of(pot, Money.ofEuros(18000)), List.of()),
                new PlannedDecision.Rejected("i2", List.of("draagt te weinig bij aan preventie (illustratief)")),
                new PlannedDecision.Granted("i3", Map.of(pot, Money.ofEuros(20000)), List.of())), List.of()));
        if (objection) {
            commands.add(new RoundCommand.FileObjection(Stamp.on(LocalDate.of(2016, 12, 1), actor, "x"), "i2",
                "de bijdrage aan preventie is onderschat (illustratief)"));
            commands.add(new RoundCommand.UpholdObjection(Stamp.on(LocalDate.of(2016, 12, 12), actor, "x"), "i2",
                new PlannedDecision.Granted("i2", Map.of(pot, Money.ofEuros(6500)), List.of()),
                Text.of("bezwaar gegrond verklaard (illustratief)", "objection upheld (illustrative)")));
        }
        return commands;
    }

    private static String render(List<RoundCommand> commands, LocalDate asOf) {
        nl.sociaaldomein.atelier.LoadedProfile profile = Atelier.profile("hoogeveen");
        RoundPlan read = RoundFileReader.read(Path.of(OPEN)).orElseThrow();
        RoundPlan plan = read.withCall(profile.thresholds().applyTo(read.call()));
        CriteriaFramework framework = profile.framework(plan.frameworkId()).orElseThrow();
        InMemoryJournal journal = new InMemoryJournal();
        Ledger ledger = Ledger.open(plan.budget(), journal, new JsonLedgerCodec(), Clock.systemUTC());
        RoundService service = RoundService.open(plan.call(), framework, ledger, journal, new JsonRoundEventCodec(), Clock.systemUTC());
        for (RoundCommand command : commands) {
            assertThat(service.handle(command).isOk()).as(command.toString()).isTrue();
        }
        byte[] markdown = profile.render("funding-overview", RoundReports.dossier(service, plan, asOf, null), "markdown",
            RenderOptions.defaults()).orElseThrow();
        return new String(markdown, StandardCharsets.UTF_8);
    }

    @Test
    void every_refusal_the_commands_meet_prints_its_code_and_records_nothing() throws Exception {
        runs.ok("open", OPEN, "--profile", "hoogeveen", "--on", "01-09-2016");
        runs.refused("round.call-already-open", "open", OPEN, "--profile", "hoogeveen", "--on", "01-09-2016");
        runs.ok("submit", SUBMIT);
        String late = runs.file("late.yaml", """
            format: atelier-portfolio/1
            municipality: {name: Hoogeveen, cbsCode: GM0118}
            initiatives:
              - {id: i4, title: Te laat (illustratief), applicant: {kind: organisation, name: X (illustratief)}, submissionDate: 20-10-2016}
            """);
        runs.refused("round.outside-intake", "submit", late);
        runs.refused("round.initiative-exists", "submit", runs.file("again.yaml", """
            format: atelier-portfolio/1
            municipality: {name: Hoogeveen, cbsCode: GM0118}
            initiatives:
              - {id: i3, title: Nog eens (illustratief), applicant: {kind: organisation, name: X (illustratief)}, submissionDate: 05-10-2016}
            """));
        runs.ok("submit", runs.file("i4.yaml", Files.readString(Path.of(late)).replace("20-10-2016", "10-10-2016")));
        runs.refused("round.before-latest", "close-assessment", "--on", "01-10-2016");
        // The refusal's code, and the code of what was wrong: the criterion the framework does not know.
        assertThat(runs.refused("round.invalid-scores", "score", runs.file("bad-criterion.yaml", """
            format: atelier-round-scores/1
            date: 20-10-2016
            scores:
              - {assessor: a, initiative: i1, criterion: charm, score: 5}
            """)).err()).contains("cause 'assessment.unknown-criterion'", "onbekend criterium charm");
        runs.refused("round.unknown-initiative", "score", runs.file("unknown.yaml", """
            format: atelier-round-scores/1
            date: 20-10-2016
            scores:
              - {assessor: a, initiative: i9, criterion: prevention, score: 5}
            """));
        runs.ok("score", SCORES);
        runs.ok("score", secondAssessor());
        runs.refused("round.assessment-open", "decide", DECISIONS);
        runs.ok("close-assessment", "--on", "31-10-2016");
        runs.refused("round.assessment-closed", "score", runs.file("after-close.yaml", Files.readString(Path.of(SCORES)).replace("20-10-2016", "01-11-2016")));
        runs.refused("round.invalid-decisions", "decide", runs.file("too-much.yaml", Files.readString(Path.of(DECISIONS)).replace("amount: 18000", "amount: 30000")));
        runs.ok("decide", DECISIONS);
        runs.refused("round.already-decided", "decide", DECISIONS);
        runs.refused("round.no-decision", "object", runs.file("no-decision.yaml", """
            format: atelier-round-objection/1
            initiative: i4
            filed: 01-12-2016
            grounds: x
            """));
        runs.refused("round.no-objection", "object", runs.file("no-objection.yaml", """
            format: atelier-round-objection/1
            initiative: i1
            outcome: rejected
            decided: 01-12-2016
            motivation: {nl: ongegrond}
            """));
        String filed = runs.file("filed.yaml", """
            format: atelier-round-objection/1
            initiative: i2
            filed: 01-12-2016
            grounds: onderschat
            """);
        runs.ok("object", filed);
        runs.refused("round.objection-pending", "object", filed);

        AppRun english = runs.run("object", filed, "--lang", "en");
        assertThat(english.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(english.err()).contains("filed.yaml:3:8: /filed: refused, round.objection-pending: initiative 'i2': an objection is pending already", "nothing was recorded");
    }

    @Test
    void a_file_with_problems_shows_each_at_its_place_and_records_nothing() throws Exception {
        runs.ok("open", OPEN, "--profile", "hoogeveen", "--on", "01-09-2016");
        long before = runs.records();
        String scores = runs.file("scores.yaml", """
            format: atelier-round-scores/2
            date: 31-02-2016
            scores:
              - {assessor: a, initiative: i1, criterion: prevention}
              - {assessor: a, initiative: i1, criterion: prevention, score: 5, colour: red}
            """);
        AppRun run = runs.run("score", scores, "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(scores + ":1:9: /format: unknown format 'atelier-round-scores/2'",
            scores + ":2:7: /date: ", scores + ":4:5: /scores/0/score: required field 'score' is missing",
            scores + ":5:76: /scores/1/colour: unknown field 'colour'", scores + ": not valid, 4 problems");

        String decisions = runs.file("decisions.yaml", """
            format: atelier-round-decisions/1
            outcomes:
              - {initiative: i1, decision: granted}
              - {initiative: i2, decision: maybe}
            """);
        AppRun decided = runs.run("decide", decisions, "--lang", "en");
        assertThat(decided.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(decided.err()).contains("/date: required field 'date' is missing", "/decidedBy: required field",
            "/outcomes/0/amount: required field 'amount' is missing", "/outcomes/1/decision: ");

        String submissions = runs.file("submit.yaml", """
            format: atelier-portfolio/1
            municipality: {name: Hoogeveen, cbsCode: GM0118}
            initiatives:
              - {id: i1, title: Zonder datum, applicant: {kind: organisation, name: X}}
            """);
        AppRun submitted = runs.run("submit", submissions, "--lang", "en");
        assertThat(submitted.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(submitted.err()).contains(submissions + ":4:5: /initiatives/0: initiative i1: a submission needs its 'submissionDate'");

        String objection = runs.file("objection.yaml", """
            format: atelier-round-objection/1
            initiative: i1
            outcome: upheld
            """);
        AppRun objected = runs.run("object", objection, "--lang", "en");
        assertThat(objected.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(objected.err()).contains("/decided: required field 'decided' is missing", "/motivation: required field",
            "/decision: required field 'decision' is missing");

        String withInitiatives = runs.file("open.yaml", Files.readString(Path.of(OPEN)).replace("initiatives: []",
            "initiatives: [{id: i1, title: T, applicant: {kind: organisation, name: X}}]"));
        AppRun opened = AppRun.of("round", "open", withInitiatives, "--profile", "hoogeveen", "--store", runs.folder().resolve("other.db").toString(), "--lang", "en");
        assertThat(opened.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(opened.err()).contains("/portfolio/initiatives: 'round open' opens the call");
        assertThat(Files.exists(runs.folder().resolve("other.db"))).as("no store is made for a file with problems").isFalse();
        assertThat(runs.records()).isEqualTo(before);
    }

    @Test
    void on_postgresql_the_round_runs_and_shows_as_on_sqlite() throws Exception {
        String url = EmbeddedPostgresServer.shared().newDatabase();
        for (String store : List.of(runs.store(), url)) {
            for (String[] step : List.of(new String[] {"open", OPEN, "--profile", "hoogeveen", "--on", "01-09-2016"},
                new String[] {"submit", SUBMIT}, new String[] {"score", SCORES}, new String[] {"close-assessment", "--on", "31-10-2016"},
                new String[] {"decide", DECISIONS})) {
                List<String> args = new ArrayList<>(List.of("round"));
                args.addAll(List.of(step));
                args.addAll(List.of("--store", store));
                AppRun run = AppRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as(args + ": " + run.err()).isZero();
            }
        }
        String[] show = {"round", "show", "--as-of", "31-12-2016", "--report", "funding-overview", "--store"};
        AppRun fromSqlite = AppRun.of(concat(show, runs.store()));
        AppRun fromPostgres = AppRun.of(concat(show, url));
        assertThat(fromPostgres.exitCode()).as(fromPostgres.err()).isZero();
        assertThat(fromPostgres.out()).isEqualTo(fromSqlite.out()).contains("€ 38.000");
    }

    private static String[] concat(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    @Test
    void the_command_line_mistakes_are_usage_errors_and_a_store_without_the_round_is_bad_input() throws Exception {
        assertThat(AppRun.of("round", "show").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(AppRun.of("round").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(runs.run("decide").exitCode()).isEqualTo(ExitCode.USAGE);
        AppRun missing = runs.run("show");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no such store");
        AppRun.of("replay", "groningen-2016", "--store", runs.store());
        AppRun none = runs.run("show");
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(none.err()).contains("keeps no round; 'atelier round open FILE --profile ID --store …' opens one");
    }
}
