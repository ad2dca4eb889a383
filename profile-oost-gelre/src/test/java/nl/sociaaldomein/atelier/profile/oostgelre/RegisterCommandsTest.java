package nl.sociaaldomein.atelier.profile.oostgelre;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Recorded;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterRefusal;
import nl.sociaaldomein.atelier.register.RegisterScript;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import nl.sociaaldomein.atelier.register.RegisterState;
import nl.sociaaldomein.atelier.render.MarkdownRenderer;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.testkit.Golden;
import org.junit.jupiter.api.Test;

/**
 * Oost Gelre's register as commands through the register service (docs/experiments.md,
 * "Commands and events"): rebuilt from its events, live and from the journal, it gives the 19 rows
 * as published; then an illustrative experiment (not in the sources) goes from start through two
 * reviews to "regulier ingezet", each step on its own day, and the state as known at each step is
 * reproduced from the journal.
 */
class RegisterCommandsTest {

    static final LocalDate MEMO = LocalDate.of(2018, 9, 12);
    private static final Map<String, ReportFormat> FORMATS = Profiles.load("oost-gelre")
        .getInstance(Key.get(new TypeLiteral<Map<String, ReportFormat>>() { }));

    /** A clock that moves a second per reading. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2018-09-12T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    private final Journal journal = new InMemoryJournal();
    private final Clock clock = new Ticking();
    private final ExperimentRegister published = OostGelreExperimentRegisterTest.load();
    private final RegisterSetup setup = new RegisterSetup("oost-gelre-experimenten", published.source(), published.yearColumns(),
        published.provenance());

    private RegisterService open() {
        return RegisterService.open(setup, journal, new JsonExperimentEventCodec(), clock);
    }

    private static void ok(Result<List<Recorded<ExperimentEvent>>> result) {
        assertThat(result.isOk()).as("%s", result).isTrue();
    }

    private static byte[] statusTable(ExperimentRegister register) {
        Dossier dossier = Dossier.builder().municipality(Municipality.of("Oost Gelre", "GM1586"))
            .title("Experimenten Sociaal Domein").source("004_09d1d1def8e42fc5.txt").asOf(MEMO).register(register).build();
        return new MarkdownRenderer().renderToBytes(FORMATS.get("status-table").build(dossier, RenderOptions.DUTCH).orElseThrow(),
            RenderOptions.defaults());
    }

    @Test
    void theRegisterRebuiltFromEventsGivesThe19RowsAsPublished() {
        RegisterService service = open();
        for (RegisterCommand command : RegisterScript.of(published, "backoffice")) {
            ok(service.handle(command));
        }
        ExperimentRegister live = service.register(MEMO, null);
        assertThat(live.experiments()).hasSize(19).isEqualTo(published.experiments());
        assertThat(live).isEqualTo(published);
        Golden.assertMatches("status-table.md", statusTable(live));

        ExperimentRegister rebuilt = open().register(MEMO, null);
        assertThat(rebuilt).isEqualTo(published);
        assertThat(statusTable(rebuilt)).isEqualTo(statusTable(published));
        assertThat(service.events()).allSatisfy(r -> assertThat(r.event().stamp().on()).isEmpty());
        assertThat(journal.verify()).isEmpty();
    }

    /** A step of a walk: its day, the moment it was recorded, and the state as the service held it right then. */
    private record Step(LocalDate day, Instant moment, RegisterState state) {
    }

    private static Step step(RegisterService service, LocalDate day, RegisterCommand command) {
        Result<List<Recorded<ExperimentEvent>>> result = service.handle(command);
        ok(result);
        Instant moment = result.orElseThrow().get(result.orElseThrow().size() - 1).recordedAt();
        return new Step(day, moment, service.state(day, moment));
    }

    @Test
    void anExperimentFromStartThroughTwoReviewsToRegular() {
        RegisterService service = open();
        ExperimentNumber number = new ExperimentNumber.YearBased(2019, 1);
        Experiment planned = Experiment.builder().number(number).name("Voorbeeld: buurtcoach (illustratief, niet uit de bronnen)")
            .start(PartialDate.of(LocalDate.of(2019, 1, 1))).plannedEnd(PartialDate.of(LocalDate.of(2019, 12, 31)))
            .addKpis(Kpi.of("huishoudens bereikt", 40, PartialDate.ofMonth(2019, 1), PartialDate.ofMonth(2019, 12))).build();
        LocalDate registered = LocalDate.of(2018, 12, 10);
        LocalDate started = LocalDate.of(2019, 1, 1);
        LocalDate measured = LocalDate.of(2019, 3, 29);
        LocalDate firstReview = LocalDate.of(2019, 3, 31);
        LocalDate secondReview = LocalDate.of(2019, 6, 30);
        LocalDate regular = LocalDate.of(2019, 9, 1);
        List<Step> steps = new java.util.ArrayList<>();
        steps.add(step(service, registered, new RegisterCommand.Register(Stamp.on(registered, "beleid", "collegebesluit"), planned)));
        steps.add(step(service, started, new RegisterCommand.Step(Stamp.on(started, "beleid", "start"), number,
            new Transition.Start(PartialDate.of(started), Optional.empty()))));
        steps.add(step(service, measured, new RegisterCommand.Measure(Stamp.on(measured, "monitoring", "kwartaalcijfers"), number,
            "huishoudens bereikt", new Measurement(PartialDate.of(measured), 12, Optional.empty()), "kwartaalrapportage Q1 2019 (illustratief)")));
        steps.add(step(service, firstReview, new RegisterCommand.RecordReview(Stamp.on(firstReview, "college", "kwartaalrapportage Q1"), number,
            Review.of(firstReview, ReviewVerdict.CONTINUE, "loopt volgens plan"), true)));
        steps.add(step(service, secondReview, new RegisterCommand.RecordReview(Stamp.on(secondReview, "college", "kwartaalrapportage Q2"), number,
            Review.of(secondReview, ReviewVerdict.MAKE_REGULAR, "omzetten in regulier beleid"), true)));
        Result<List<Recorded<ExperimentEvent>>> backwards = service.handle(new RegisterCommand.Step(
            Stamp.on(firstReview, "beleid", "te vroeg"), number, new Transition.MakeRegular(PartialDate.of(firstReview), Optional.empty())));
        assertThat(backwards.problems().get(0).code()).isEqualTo(RegisterRefusal.BEFORE_LATEST.code());
        steps.add(step(service, regular, new RegisterCommand.Step(Stamp.on(regular, "beleid", "regulier ingezet"), number,
            new Transition.MakeRegular(PartialDate.of(regular), Optional.empty()))));

        assertThat(steps).extracting(Step::day).doesNotHaveDuplicates();
        assertThat(steps).extracting(s -> s.state().experiment(number).get().state()).containsExactly(ExperimentState.IN_PREPARATION,
            ExperimentState.RUNNING, ExperimentState.RUNNING, ExperimentState.RUNNING, ExperimentState.BECOMING_REGULAR,
            ExperimentState.MADE_REGULAR);
        assertThat(service.state(LocalDate.of(2018, 12, 31), null).experiment(number).get().state()).isEqualTo(ExperimentState.IN_PREPARATION);
        assertThat(service.state(firstReview, null).experiment(number).get().state()).isEqualTo(ExperimentState.RUNNING);
        assertThat(service.state(secondReview, null).experiment(number).get().state()).isEqualTo(ExperimentState.BECOMING_REGULAR);
        Experiment now = service.state().experiment(number).get();
        assertThat(now.state()).isEqualTo(ExperimentState.MADE_REGULAR);
        assertThat(now.reviews()).hasSize(2);
        assertThat(now.kpis().get(0).progress()).contains(new nl.sociaaldomein.atelier.experiment.Progress(12, 40));
        // What was known after the first review does not know the second, whatever the day asked.
        assertThat(service.state(LocalDate.MAX, steps.get(3).moment()).experiment(number).get().reviews()).hasSize(1);

        RegisterService reopened = open();
        for (Step s : steps) {
            assertThat(reopened.state(s.day(), s.moment())).as("the register on %s as known then", s.day()).isEqualTo(s.state());
        }
        assertThat(reopened.state()).isEqualTo(service.state());
        assertThat(journal.verify()).isEmpty();
    }

    @Test
    void aCorrectionIsANewEventAndTheRowAsKnownBeforeStays() {
        RegisterService service = open();
        for (RegisterCommand command : RegisterScript.of(published, "backoffice")) {
            ok(service.handle(command));
        }
        Experiment first = published.experiments().get(0);
        Instant before = service.events().get(service.events().size() - 1).recordedAt();
        var corrected = new nl.sociaaldomein.atelier.experiment.PublishedRow(first.published().get().number(),
            first.published().get().yearsMarked(), first.published().get().start(), first.published().get().end(), "Ja, regulier ingezet");
        ok(service.handle(new RegisterCommand.CorrectRow(Stamp.on(LocalDate.of(2018, 10, 1), "redactie", "erratum"), first.number(), corrected)));
        assertThat(service.register(LocalDate.of(2018, 10, 1), null).find(first.number()).get().published()).contains(corrected);
        assertThat(service.register(MEMO, null)).isEqualTo(published);
        assertThat(service.register(MEMO, before)).isEqualTo(published);
        assertThat(service.state().size()).isEqualTo(service.events().size());
    }
}
