package nl.sociaaldomein.atelier.profile.groningen.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.ExperimentRegister;
import nl.sociaaldomein.atelier.experiment.ExperimentState;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.OnTrack;
import org.junit.jupiter.api.Test;

/** The projects of the letter on meedoen (003_8cbc039ce30155df.txt), as meedoen-2017.yaml records them. */
class MeedoenRegisterTest {

    static ExperimentRegister load() {
        return GroningenProgress.register2017().getOrElseThrow(problems -> new AssertionError("does not read: " + problems));
    }

    @Test
    void holdsTheLettersProjectsInAnnexOrder() {
        ExperimentRegister register = load();
        assertThat(register.experiments()).extracting(e -> e.published().get().number(), Experiment::name).containsExactly(
            tuple("1.", "Ondernemend Zuid"), tuple("11.", "Participeren via sport - de vrijwilligersmakelaar"),
            tuple("18.", "Kas Vital"), tuple("19.", "Laiverds"), tuple("21.", "Van Raam naar Baan"),
            tuple("25.", "Kansen in Kaart"), tuple("26.", "Pilot Wijkactiviteiten"),
            tuple("27.", "Jongeren en dagbesteding: route Dagbesteding"));
        assertThat(register.reportDate()).contains(LocalDate.of(2017, 3, 31));
        assertThat(register.source().file()).isEqualTo("003_8cbc039ce30155df.txt");
        assertThat(register.warnings()).isEmpty();
        assertThat(register.statesOn(LocalDate.of(2017, 3, 31)).get(new ExperimentNumber.Plain(26)))
            .isEqualTo(ExperimentState.MADE_REGULAR);
    }

    @Test
    void ondernemendZuidHasTheLettersTargetsAndThreeMonthResults() {
        Experiment zuid = load().find(new ExperimentNumber.Plain(1)).orElseThrow();
        assertThat(zuid.start()).isEqualTo(PartialDate.ofMonth(2016, 11));
        assertThat(zuid.plannedEnd()).isEqualTo(PartialDate.ofMonth(2017, 11));
        assertThat(zuid.fundingRef()).contains("gr2016-06");
        List<Kpi> kpis = zuid.kpis();
        assertThat(kpis).extracting(Kpi::name, Kpi::target, k -> k.latest().map(m -> m.value()).orElse(-1L)).containsExactly(
            tuple("extra mensen in beeld", 80L, 14L), tuple("werkplekken geacquireerd", 40L, -1L),
            tuple("matches gerealiseerd", 30L, 8L));
        assertThat(kpis).extracting(k -> k.onTrack().verdict())
            .containsExactly(OnTrack.Verdict.BEHIND, OnTrack.Verdict.NOT_MEASURED, OnTrack.Verdict.ON_TRACK);
        assertThat(kpis.get(0).progress().get().percent(1)).isEqualByComparingTo(new BigDecimal("17.5"));
        assertThat(kpis.get(2).progress().get().percent(1)).isEqualByComparingTo(new BigDecimal("26.7"));
        assertThat(kpis.get(0).onTrack().expected(2)).contains(new BigDecimal("18.63"));
    }
}
