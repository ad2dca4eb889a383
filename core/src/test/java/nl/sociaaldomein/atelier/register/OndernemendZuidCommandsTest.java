package nl.sociaaldomein.atelier.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import nl.sociaaldomein.atelier.experiment.Progress;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.io.JsonExperimentEventCodec;
import nl.sociaaldomein.atelier.journal.InMemoryJournal;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import org.junit.jupiter.api.Test;

/**
 * Ondernemend Zuid's KPIs (003_8cbc039ce30155df.txt, as {@code experiment.OndernemendZuidKpiTest}
 * reads them) measured through commands: the progress and the verdicts are the same as the KPIs
 * computed directly, live and rebuilt from the journal; the KPI without a published figure stays
 * unmeasured.
 */
class OndernemendZuidCommandsTest {

    private static final PartialDate START = PartialDate.ofMonth(2016, 11);
    private static final PartialDate DEADLINE = PartialDate.ofMonth(2017, 11);
    private static final PartialDate AFTER_THREE_MONTHS = PartialDate.ofMonth(2017, 1);
    private static final String SOURCE = "003_8cbc039ce30155df.txt: \"de resultaten over de eerste drie maanden\"";

    @Test
    void theMeasurementGivesTheSameProgressAsToday() {
        InMemoryJournal journal = new InMemoryJournal();
        Clock clock = Clock.fixed(Instant.parse("2017-03-31T12:00:00Z"), ZoneOffset.UTC);
        RegisterSetup setup = new RegisterSetup("groningen-meedoen", new RegisterSource("003_8cbc039ce30155df.txt", "Ondernemend Zuid"),
            List.of(), ProvenanceMap.empty());
        RegisterService service = RegisterService.open(setup, journal, new JsonExperimentEventCodec(), clock);
        ExperimentNumber zuid = new ExperimentNumber.Plain(1);
        Experiment planned = Experiment.builder().number(zuid).name("Ondernemend Zuid").start(START).plannedEnd(DEADLINE)
            .addKpis(Kpi.of("extra mensen in beeld", 80, START, DEADLINE), Kpi.of("werkplekken geacquireerd", 40, START, DEADLINE),
                Kpi.of("matches gerealiseerd", 30, START, DEADLINE)).build();
        Stamp undated = Stamp.undated("monitoring", SOURCE);
        assertThat(service.handle(new RegisterCommand.Register(undated, planned)).isOk()).isTrue();
        assertThat(service.handle(new RegisterCommand.Step(undated, zuid, new Transition.Start(START, Optional.empty()))).isOk()).isTrue();
        assertThat(service.handle(new RegisterCommand.Measure(undated, zuid, "extra mensen in beeld", Measurement.at(AFTER_THREE_MONTHS).value(14),
            SOURCE)).isOk()).isTrue();
        assertThat(service.handle(new RegisterCommand.Measure(undated, zuid, "matches gerealiseerd", Measurement.at(AFTER_THREE_MONTHS).value(8),
            SOURCE)).isOk()).isTrue();
        var refused = service.handle(new RegisterCommand.Measure(undated, zuid, "geen KPI", Measurement.at(AFTER_THREE_MONTHS).value(1), SOURCE));
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("register.unknown-kpi").isEqualTo(RegisterRefusal.UNKNOWN_KPI.code());
            assertThat(problem.kind()).isEqualTo(nl.sociaaldomein.atelier.problem.ProblemKind.NOT_FOUND);
            assertThat(problem.place().subject("experiment")).contains("1");
            assertThat(problem.place().subject("kpi")).contains("geen KPI");
            assertThat(problem.message().nl()).startsWith("dit experiment heeft geen KPI met deze naam");
            assertThat(problem.message().en()).startsWith("this experiment has no KPI of this name");
        });

        for (RegisterService view : List.of(service, RegisterService.open(setup, journal, new JsonExperimentEventCodec(), clock))) {
            List<Kpi> kpis = view.state().experiment(zuid).orElseThrow().kpis();
            assertThat(kpis.get(0).progress().get().percent(1)).isEqualByComparingTo(new BigDecimal("17.5"));
            assertThat(kpis.get(2).progress()).contains(new Progress(8, 30));
            assertThat(kpis.get(1).progress()).isEmpty();
            assertThat(kpis.get(0).onTrack().verdict()).isEqualTo(OnTrack.Verdict.BEHIND);
            assertThat(kpis.get(2).onTrack().verdict()).isEqualTo(OnTrack.Verdict.ON_TRACK);
            assertThat(kpis.get(1).onTrack().verdict()).isEqualTo(OnTrack.Verdict.NOT_MEASURED);
            assertThat(kpis.get(0)).isEqualTo(Kpi.of("extra mensen in beeld", 80, START, DEADLINE).measured(Measurement.at(AFTER_THREE_MONTHS).value(14)));
        }
        assertThat(service.state(LocalDate.of(2017, 3, 31), null).experiment(zuid).get().state().isRunning()).isTrue();
    }
}
