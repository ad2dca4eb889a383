package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterScript;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/**
 * An experiment register kept on a SQLite store from the command line (docs/cli.md,
 * "Experiments"): the example files of docs/examples, the reports equal to what the library makes
 * from the same commands, the refusals with their codes and nothing recorded, and files with
 * problems shown at their places.
 */
class KeptRegisterCommandsTest {

    static final String REGISTER = "../docs/examples/experiment-register-oost-gelre.yaml";
    static final String MEASUREMENTS = "../docs/examples/experiment-measurements-oost-gelre.yaml";
    static final String REVIEWS = "../docs/examples/experiment-reviews-oost-gelre.yaml";
    static final String STEPS = "../docs/examples/experiment-steps-oost-gelre.yaml";

    private final KeptStoreRuns runs = new KeptStoreRuns("experiment");

    @Test
    void a_register_kept_from_the_command_line_gives_the_reports_the_library_gives_for_the_same_commands() throws Exception {
        assertThat(runs.ok("register", REGISTER, "--profile", "oost-gelre").out())
            .contains("1 experiment entered: recorded 2 events (1 × Registered, 1 × Transitioned) in experiment register 'register'");
        Thread.sleep(5);
        Instant registered = Instant.now();
        Thread.sleep(5);
        assertThat(runs.ok("measure", MEASUREMENTS).out()).contains("recorded 1 event (1 × Measured)");
        assertThat(runs.ok("review", REVIEWS).out()).contains("recorded 2 events (1 × Reviewed, 1 × Transitioned)");
        assertThat(runs.ok("step", STEPS).out()).contains("recorded 2 events (2 × Transitioned)");

        for (String report : List.of("status-table", "quarterly-reviews", "data-quality")) {
            AppRun shown = runs.ok("show", "--as-of", "31-12-2020", "--report", report);
            assertThat(shown.out()).as(report).isEqualTo(library(report, LocalDate.of(2020, 12, 31)));
        }
        AppRun known = runs.ok("show", "--as-of", "31-12-2020", "--known-at", registered.toString(), "--report", "quarterly-reviews");
        assertThat(known.out()).isNotEqualTo(runs.ok("show", "--as-of", "31-12-2020", "--report", "quarterly-reviews").out());
    }

    /** The same commands through the library's register service in memory, rendered as the profile renders. */
    private static String library(String report, LocalDate asOf) {
        nl.sociaaldomein.atelier.LoadedProfile profile = Atelier.profile("oost-gelre");
        LoadedProfile cli = LoadedProfile.load("oost-gelre");
        ExperimentRegister published = cli.registerReader().orElseThrow().read(Path.of(REGISTER)).orElseThrow();
        RegisterService service = RegisterService.open(new RegisterSetup("register", published.source(), published.yearColumns(),
            published.provenance()), new InMemoryJournal(), new JsonExperimentEventCodec(), Clock.systemUTC());
        String actor = ExperimentFiles.ACTOR;
        ExperimentNumber twenty = new ExperimentNumber.Plain(20);
        List<RegisterCommand> commands = new ArrayList<>(RegisterScript.of(published, actor));
        commands.add(new RegisterCommand.Measure(Stamp.on(LocalDate.of(2019, 6, 30), actor, "x"), twenty,
            "huishoudens bereikt (illustratief)", new Measurement(PartialDate.of(LocalDate.of(2019, 6, 30)), 12, Optional.empty()),
            "kwartaalcijfers buurtteam (illustratief)"));
        commands.add(new RegisterCommand.RecordReview(Stamp.on(LocalDate.of(2019, 7, 15), actor, "x"), twenty,
            new Review(LocalDate.of(2019, 7, 15), ReviewVerdict.EXTEND, "bereik groeit, meer tijd nodig (illustratief)",
                Optional.of("college"), Optional.of(PartialDate.of(LocalDate.of(2020, 6, 30)))), true));
        commands.add(new RegisterCommand.Step(Stamp.on(LocalDate.of(2020, 6, 1), actor, "x"), twenty,
            new Transition.DecideRegular(PartialDate.of(LocalDate.of(2020, 6, 1)), Optional.empty())));
        commands.add(new RegisterCommand.Step(Stamp.on(LocalDate.of(2020, 7, 1), actor, "x"), twenty,
            new Transition.MakeRegular(PartialDate.of(LocalDate.of(2020, 7, 1)), Optional.empty())));
        for (RegisterCommand command : commands) {
            assertThat(service.handle(command).isOk()).as(command.toString()).isTrue();
        }
        Dossier dossier = Dossiers.ofRegister(service.register(asOf, null), cli, asOf);
        return new String(profile.render(report, dossier, "markdown", RenderOptions.defaults()).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void every_refusal_the_commands_meet_prints_its_code_and_records_nothing() throws Exception {
        runs.ok("register", REGISTER, "--profile", "oost-gelre");
        runs.refused("register.number-exists", "register", REGISTER, "--profile", "oost-gelre");
        runs.refused("register.unknown-experiment", "measure", runs.file("unknown.yaml", Files.readString(Path.of(MEASUREMENTS)).replace("\"20)\"", "\"21)\"")));
        runs.refused("register.unknown-kpi", "measure", runs.file("kpi.yaml", Files.readString(Path.of(MEASUREMENTS)).replace("kpi: huishoudens", "kpi: woningen")));
        runs.ok("step", runs.file("stop.yaml", """
            format: atelier-experiment-steps/1
            steps:
              - {experiment: "20)", step: stop, date: 1-9-2019}
            """));
        runs.refused("register.transition-refused", "step", runs.file("again.yaml", """
            format: atelier-experiment-steps/1
            steps:
              - {experiment: "20)", step: start, date: 1-10-2019}
            """));
        runs.refused("register.before-latest", "review", REVIEWS);
        AppRun english = runs.run("review", REVIEWS, "--lang", "en");
        assertThat(english.err()).contains("refused, register.before-latest: experiment '20'", "nothing was recorded");
    }

    @Test
    void a_file_with_problems_shows_each_at_its_place_and_records_nothing() throws Exception {
        runs.ok("register", REGISTER, "--profile", "oost-gelre");
        long before = runs.records();
        String reviews = runs.file("reviews.yaml", """
            format: atelier-experiment-reviews/1
            reviews:
              - {experiment: "x20", date: 15-7-2019, verdict: extend, reason: r}
              - {experiment: "20)", date: 31-2-2019, verdict: maybe, reason: r, newEnd: 2020}
            """);
        AppRun run = runs.run("review", reviews, "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(reviews + ":3:18: /reviews/0/experiment: ", reviews + ":4:31: /reviews/1/date: ",
            reviews + ":4:51: /reviews/1/verdict: unknown value 'maybe'", reviews + ": not valid, 3 problems");
        assertThat(runs.records()).isEqualTo(before);

        AppRun noStore = AppRun.of("experiment", "show", "--store", runs.folder().resolve("none.db").toString());
        assertThat(noStore.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        AppRun otherRegister = runs.run("show", "--register", "elders");
        assertThat(otherRegister.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(otherRegister.err()).contains("keeps no experiment register 'elders'");
        AppRun noProfileWords = runs.run("register", REGISTER, "--profile", "hoogeveen", "--register", "h");
        assertThat(noProfileWords.exitCode()).as(noProfileWords.err()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
