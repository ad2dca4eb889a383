package nl.sociaaldomein.atelier.profile.groningen.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.provenance.Provenance;
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
        return GroningenProgress.register2017().orElseThrow();
    }

    @Test
    void holdsOnlyTheProjectsTheLetterDatesWithTheirAnnexNumbers() {
        ExperimentRegister register = load();
        // Kas Vital, Laiverds and Van Raam naar Baan have no start in the letter: no year is made up for them, so they are
        // not in the register (they are in the full letter, meedoen-2017-brief.yaml); neither are numbers the annex lacks.
        assertThat(register.experiments()).extracting(e -> e.published().get().number(), Experiment::name).containsExactly(
            tuple("1.", "Ondernemend Zuid"), tuple("11.", "Participeren via sport - de vrijwilligersmakelaar"));
        assertThat(register.reportDate()).contains(LocalDate.of(2017, 3, 31));
        assertThat(register.source().file()).isEqualTo("003_8cbc039ce30155df.txt");
        assertThat(register.warnings()).isEmpty();
        assertThat(register.provenance().of("reportDate").orElseThrow().kind()).isEqualTo(Provenance.Kind.ASSUMPTION);
        assertThat(register.provenance().of("experiments", "1.", "end").orElseThrow().detail())
            .contains("lopend van november 2016 tot november 2017");
    }

    @Test
    void ondernemendZuidRunsFromNovember2016ToNovember2017WithoutDatedMeasurements() {
        Experiment zuid = load().find(new ExperimentNumber.Plain(1)).orElseThrow();
        assertThat(zuid.start()).isEqualTo(PartialDate.ofMonth(2016, 11));
        assertThat(zuid.plannedEnd()).isEqualTo(PartialDate.ofMonth(2017, 11));
        // "de resultaten over de eerste drie maanden" carry no date: they are with the programme, not a dated measurement.
        assertThat(zuid.kpis()).isEmpty();
        assertThat(zuid.fundingRef()).isEmpty();
        assertThat(load().statesOn(LocalDate.of(2017, 3, 31)).get(new ExperimentNumber.Plain(1))).isEqualTo(ExperimentState.RUNNING);
    }

    @Test
    void aRegisterWithoutProvenanceIsRefusedAsProfileData() {
        String yaml = "source: {file: 003_8cbc039ce30155df.txt, quote: q}\nreportDate: 31-3-2017\nexperiments:\n"
            + "  - {number: '1.', name: N, start: '2016', end: '', outcome: Loopt}\n";
        var problems = GroningenProgress.reader().forProfileData()
            .read("r.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), nl.sociaaldomein.atelier.io.InputFormat.YAML)
            .problems();
        assertThat(problems).extracting((nl.sociaaldomein.atelier.problem.Problem p) -> p.place().path()).containsExactly("/experiments", "/reportDate");
        assertThat(problems.get(0).message(java.util.Locale.ENGLISH)).contains("profile data must say where 'experiments' comes from");
    }
}
