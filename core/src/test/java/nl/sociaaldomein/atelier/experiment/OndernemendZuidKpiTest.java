package nl.sociaaldomein.atelier.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Groningen's Ondernemend Zuid (003_8cbc039ce30155df.txt): "een pilot van een jaar, lopend van
 * november 2016 tot november 2017"; "Doel van Ondememend Zuid is om eind november 80 extra mensen
 * in beeld te hebben, 40 werkplekken te hebben geacquireerd en 30 matches te hebben gerealiseerd";
 * "de resultaten over de eerste drie maanden hebben de drie matchers participatie vanuit ondememend
 * zuid met 14 wijkbewoners contact, waarvan 8 bewoners inmiddels zijn geplaatst op basis van hun
 * wensen en talenten".
 *
 * <p>The 14 residents in contact count toward "mensen in beeld". The 8 placements count toward
 * "matches": the pilot's method is that "concreet gezocht wordt naar een match met ondernemers,
 * maatschappelijke organisaties of bewoners- en buurtinitiatieven", so a resident placed is a match
 * made. They do not count toward "werkplekken geacquireerd" (places acquired, not filled), for
 * which the letter gives no figure. The first three months of a pilot from November 2016 are
 * November, December and January: the measurement is dated "januari 2017" (counted as of its last
 * day, 31-1-2017); the deadline "eind november" is November 2017 (30-11-2017).
 */
class OndernemendZuidKpiTest {

    private static final PartialDate START = PartialDate.ofMonth(2016, 11);
    private static final PartialDate DEADLINE = PartialDate.ofMonth(2017, 11);
    private static final Measurement.At AFTER_THREE_MONTHS = Measurement.at(PartialDate.ofMonth(2017, 1));

    private final Kpi inView = Kpi.of("extra mensen in beeld", 80, START, DEADLINE).measured(AFTER_THREE_MONTHS.value(14));
    private final Kpi workplaces = Kpi.of("werkplekken geacquireerd", 40, START, DEADLINE);
    private final Kpi matches = Kpi.of("matches gerealiseerd", 30, START, DEADLINE).measured(AFTER_THREE_MONTHS.value(8));

    @Test
    void progressAfterThreeMonths() {
        assertThat(inView.progress().get().percent(1)).isEqualByComparingTo(new BigDecimal("17.5"));
        assertThat(matches.progress().get().percent(1)).isEqualByComparingTo(new BigDecimal("26.7"));
        assertThat(matches.progress().get()).isEqualTo(new Progress(8, 30));
        assertThat(workplaces.progress()).isEmpty();
    }

    @Test
    void linearProjectionPutsMatchesOnTrackAndPeopleInViewBehind() {
        // Period 1-11-2016 .. 30-11-2017 = 395 days; measured as of 31-1-2017 = 92 days in.
        OnTrack people = inView.onTrack();
        assertThat(people.totalDays()).isEqualTo(395);
        assertThat(people.elapsedDays()).isEqualTo(92);
        // expected 80 × 92 / 395 = 18,63; 14 < 18,63
        assertThat(people.expected(2)).contains(new BigDecimal("18.63"));
        assertThat(people.verdict()).isEqualTo(OnTrack.Verdict.BEHIND);
        // expected 30 × 92 / 395 = 6,99; 8 ≥ 6,99
        assertThat(matches.onTrack().expected(2)).contains(new BigDecimal("6.99"));
        assertThat(matches.onTrack().verdict()).isEqualTo(OnTrack.Verdict.ON_TRACK);
        assertThat(workplaces.onTrack().verdict()).isEqualTo(OnTrack.Verdict.NOT_MEASURED);
    }

    @Test
    void theVerdictIsExactAtTheBoundary() {
        // 10 days of a 100-day period with target 10: expected exactly 1.
        Kpi k = Kpi.of("k", 10, PartialDate.parse("1-1-2017").orElseThrow(), PartialDate.parse("10-4-2017").orElseThrow());
        assertThat(k.measured(new Measurement(PartialDate.parse("10-1-2017").orElseThrow(), 1, Optional.empty())).onTrack().verdict())
            .isEqualTo(OnTrack.Verdict.ON_TRACK);
        assertThat(k.measured(new Measurement(PartialDate.parse("11-1-2017").orElseThrow(), 1, Optional.empty())).onTrack().verdict())
            .isEqualTo(OnTrack.Verdict.BEHIND);
    }

    @Test
    void qualitativeIndicatorsAreKeptAsTextOrOnAScale() {
        QualitativeIndicator satisfaction = new QualitativeIndicator("deelnemerstevredenheid", List.of(
            QualitativeIndicator.Observation.text(PartialDate.ofMonth(2017, 1), "nog niet gemeten"),
            QualitativeIndicator.Observation.scored(PartialDate.ofMonth(2017, 11), "tevreden", 4, 5)));
        assertThat(satisfaction.observations().get(1).score()).contains(4);
    }
}
