package org.example.voorbeeldstad;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.Profiles;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.report.Table;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import org.junit.jupiter.api.Test;

/** The fictional profile end to end: thresholds from its data file, a round, its policy and its report. */
class VoorbeeldstadProfileTest {

    private final Injector injector = Profiles.load("voorbeeldstad");

    @Test
    void thresholdsComeFromTheDataFile() {
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(15_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ofEuros(1_000));
        assertThat(thresholds.reserveForLaterPercent()).isEqualTo(10);
        assertThat(thresholds.accountabilityTiers()).hasSize(2);
    }

    @Test
    void aRoundFundsByRankInPartWhenTheLastDoesNotFitAndTheGrantsListShowsIt() {
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        Municipality town = injector.getInstance(Municipality.class);
        Call call = Call.builder().id("ronde-1").municipality(town).name("Wijkideeën (fictief)").potId("wijk")
            .minimumAmount(thresholds.minPerInitiative()).maximumAmount(thresholds.maxPerInitiative()).build();
        List<Initiative> ideas = List.of(idea("a", 10_000), idea("b", 8_000));
        List<AssessorScore> scores = List.of(
            new AssessorScore("x", "a", "neighbourhood-need", 5), new AssessorScore("x", "a", "residents-involved", 4),
            new AssessorScore("x", "b", "neighbourhood-need", 4), new AssessorScore("x", "b", "residents-involved", 3));
        List<PotBalance> pots = List.of(PotBalance.fresh("wijk", Money.ofEuros(15_000)));
        Round round = Round.open(call, VoorbeeldstadProfile.FRAMEWORK, ideas).get().assess(scores).get();
        round = round.apply(round.trial(injector.getInstance(AllocationPolicy.class), pots).get(), pots).get();

        ReportFormat grantsList = injector.getInstance(ProfileContract.named(ReportFormat.class)).get("grants-list");
        Report report = grantsList.build(Dossier.builder().municipality(town).asOf(LocalDate.of(2025, 6, 30)).round(round).build(),
            Locale.forLanguageTag("nl-NL")).get();

        Table table = report.tables().get(0);
        assertThat(table.moneyTotal(2)).isEqualTo(Money.ofEuros(15_000));
        assertThat(table.rows()).extracting(row -> row.cells().get(2))
            .containsExactly(Cell.money(Money.ofEuros(10_000)), Cell.money(Money.ofEuros(5_000)));
    }

    private static Initiative idea(String id, long euros) {
        return Initiative.builder().id(id).title("Idee " + id + " (fictief)").applicant(Applicant.naturalPerson("Inwoner " + id))
            .requestedAmount(Money.ofEuros(euros)).build();
    }
}
