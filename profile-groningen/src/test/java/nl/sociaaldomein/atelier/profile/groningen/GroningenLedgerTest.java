package nl.sociaaldomein.atelier.profile.groningen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.GrantStatus;
import nl.sociaaldomein.atelier.budget.GrantView;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Posted;
import nl.sociaaldomein.atelier.budget.PotView;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.workflow.RoundPostings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole Awb lifecycle on the grants of the shipped 2016 round file. Everything after the
 * replay (the converted grant, advances, determination, reclaim) and the reservations' amounts
 * are ILLUSTRATIVE ASSUMPTIONS: the sources only say the rest is partly reserved for the pending
 * initiative and for ideas later in the year (000_54832993d59957fc.txt: "Een deel van het resterende budget").
 */
class GroningenLedgerTest {

    static final String WMO = "wmo-2016";
    static final String CALL = Replay.PLAN.call().id();
    static final LocalDate DECIDED = LocalDate.of(2016, 5, 31);
    static final LocalDate LETTER = LocalDate.of(2016, 6, 30);
    static final String WATER = "gr2016-19"; // "Waarom is water zo mooi?", € 109.000
    static final String PENDING = "gr2016-idee-29"; // "Eén initiatief is complex en wordt nog verder uitgewerkt"

    Ledger ledger;

    @BeforeEach
    void replayTheRound() {
        ledger = Ledger.create(Replay.PLAN.budget());
        Replay.into(ledger);
    }

    @Test
    void theNineteenAnnexGrantsLeaveTheRemainderTheCouncilLetterNames() {
        PotView wmo = ledger.view(LETTER).pot(WMO).orElseThrow();
        assertThat(wmo.granted()).hasToString("€ 887.685");
        assertThat(wmo.ceiling().minus(wmo.granted())).hasToString("€ 112.315");
        assertThat(wmo.reserved()).isEqualTo(Money.ZERO); // the letter gives no amounts for what it keeps back
        assertThat(ledger.view().pot("innovatie-2016").orElseThrow().remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void aGrantAboveTheRemainderIsRejectedNamingAmountsAndPotAndChangesNothing() {
        BudgetView before = ledger.view();
        // Illustrative: a second, later grant to the Ondernemend Zuid pilot (003_8cbc039ce30155df.txt).
        Result<Posted> posted = ledger.post(grant("oz-pilot", LETTER, "ondernemend-zuid-pilot", "Ondernemend Zuid",
            Money.ofEuros(250_000), List.of(Funding.of(WMO)), Optional.empty()));
        assertThat(RejectionKind.of(posted.problems().get(0)).orElseThrow()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
        assertThat(posted.problems().get(0).message(java.util.Locale.ENGLISH)).contains("€ 250.000", "€ 112.315", "Innovatieatelier Wmo 2016");
        assertThat(ledger.view()).isEqualTo(before);
    }

    @Test
    void theFullLifecycleFromReservationToReclaim() {
        assertThat(wmo().remaining()).hasToString("€ 112.315");

        // Illustrative (this test's, not the letter's): € 60.000 is reserved for the pending initiative, which is then
        // granted € 55.000 by converting the reservation; the rest is released.
        LocalDate autumn = LocalDate.of(2016, 10, 1);
        String reservation = RoundPostings.deferralReservationId(CALL, PENDING);
        post(new LedgerEntry.Reserve("res-pending", LocalDate.of(2016, 7, 1), "aangehouden", "test", reservation, WMO,
            Money.ofEuros(60_000), "initiatief in uitwerking"));
        assertThat(wmo().remaining()).hasToString("€ 52.315");
        Posted converted = post(grant("g-pending", autumn, PENDING, "Complex initiatief", Money.ofEuros(55_000),
            List.of(Funding.of(WMO)), Optional.of(reservation)));
        assertThat(converted.pots().get(0).reserved()).hasToString("€ 5.000");
        assertThat(converted.pots().get(0).remaining()).hasToString("€ 52.315");
        post(new LedgerEntry.ReleaseReservation("rel-pending", autumn, "rest vrijgegeven", "test", reservation, Money.ofEuros(5_000)));
        assertThat(wmo().remaining()).hasToString("€ 57.315");

        // Advances on 'Waarom is water zo mooi?' (€ 109.000): 80 % in 2016, then a lower final determination.
        post(new LedgerEntry.Advance("adv-water", LocalDate.of(2016, 11, 1), "voorschot", "test", WATER, Money.ofEuros(87_200)));
        Result<Posted> tooMuch = ledger.post(
            new LedgerEntry.Advance("adv-water-2", LocalDate.of(2016, 12, 1), "voorschot", "test", WATER, Money.ofEuros(30_000)));
        assertThat(RejectionKind.of(tooMuch.problems().get(0)).orElseThrow()).isEqualTo(RejectionKind.EXCEEDS_GRANT);
        assertThat(tooMuch.problems().get(0).message(java.util.Locale.ENGLISH)).contains("€ 30.000", "€ 21.800");

        Posted determined = post(new LedgerEntry.Determine("vast-water", LocalDate.of(2017, 6, 1), "vaststelling", "test", WATER,
            Money.ofEuros(80_000)));
        GrantView grant = determined.grant().orElseThrow();
        assertThat(grant.status()).isEqualTo(GrantStatus.DETERMINED);
        assertThat(grant.reclaimable()).hasToString("€ 7.200");
        assertThat(wmo().granted()).hasToString("€ 913.685"); // 887.685 + 55.000 − (109.000 − 80.000)
        assertThat(wmo().remaining()).hasToString("€ 86.315");

        post(new LedgerEntry.Reclaim("terug-water", LocalDate.of(2017, 7, 1), "terugvordering", "test", WATER, Money.ofEuros(7_200)));
        assertThat(ledger.view().grant(WATER).orElseThrow().outstandingReclaim()).isEqualTo(Money.ZERO);
        assertThat(RejectionKind.of(ledger.post(new LedgerEntry.Reclaim("terug-water-2", LocalDate.of(2017, 7, 2), "terugvordering", "test", WATER,
            Money.ofCents(1))).problems().get(0)).orElseThrow()).isEqualTo(RejectionKind.EXCEEDS_RECLAIMABLE);

        // "What did the Wmo pot look like on 30-06-2016?" is one call, and equals the replay of that prefix.
        PotView midYear = ledger.view(LETTER).pot(WMO).orElseThrow();
        assertThat(midYear.reserved()).isEqualTo(Money.ZERO);
        assertThat(midYear.advanced()).isEqualTo(Money.ZERO);
        assertThat(ledger.view(LETTER)).isEqualTo(Ledger.replay(Replay.PLAN.budget(),
            ledger.entries().stream().filter(e -> !e.effectiveDate().isAfter(LETTER)).toList()).orElseThrow().view());
        assertThat(Ledger.replay(Replay.PLAN.budget(), ledger.entries()).orElseThrow().view()).isEqualTo(ledger.view());

        // Replaying the round file after all this posts nothing new and leaves the lifecycle intact.
        int size = ledger.size();
        Replay.into(ledger);
        assertThat(ledger.size()).isEqualTo(size);
    }

    @Test
    void retriesAreHarmlessAndConflictingRetriesAndLateEntriesThatBreakALaterDayAreRejected() {
        BudgetView before = ledger.view();
        LedgerEntry first = ledger.entries().get(0);
        assertThat(first.id()).isEqualTo(RoundPostings.grantId(CALL, "gr2016-01"));
        Posted retry = post(first);
        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.sequence()).isEqualTo(1);
        assertThat(ledger.view()).isEqualTo(before);

        Problem conflict = ledger.post(grant(first.id(), DECIDED, "other", "Ander", Money.ofEuros(1), List.of(Funding.of(WMO)),
            Optional.empty())).problems().get(0);
        assertThat(RejectionKind.of(conflict)).contains(RejectionKind.EXISTS_WITH_DIFFERENT_FIELDS);

        // On 31-05-2016 the Wmo pot keeps € 112.315 free after the grants: a reservation registered late on
        // 01-01-2016 for a cent more would break that day.
        Problem late = ledger.post(new LedgerEntry.Reserve("early", LocalDate.of(2016, 1, 1), "x", "test", "x", WMO,
            Money.ofCents(11_231_501), "x")).problems().get(0);
        assertThat(RejectionKind.of(late)).contains(RejectionKind.EXCEEDS_REMAINING);
        assertThat(late.message(java.util.Locale.ENGLISH)).contains("01-01-2016", "would break 31-05-2016");
        assertThat(late.message().nl()).contains("01-01-2016", "zou 31-05-2016 breken");
        assertThat(ledger.view()).isEqualTo(before);
    }

    @Test
    void aProjectFundedFromSeveralBudgetsIsSplitExactly() {
        // 003_8cbc039ce30155df.txt: projects paid from several budgets; pots and weights here are illustrative.
        Posted posted = post(grant("multi", LETTER, "meedoen", "Meedoen", Money.ofCents(1_000_001),
            List.of(new Funding("jeugd-2016", 2), new Funding("beschermd-wonen-2016", 1)), Optional.empty()));
        GrantView grant = posted.grant().orElseThrow();
        assertThat(grant.partsByPot()).containsEntry("jeugd-2016", Money.ofCents(666_667))
            .containsEntry("beschermd-wonen-2016", Money.ofCents(333_334));
        assertThat(Money.sum(grant.partsByPot().values())).isEqualTo(grant.granted());
    }

    private static LedgerEntry.Grant grant(String id, LocalDate date, String initiative, String title, Money amount,
                                           List<Funding> funding, Optional<String> reservation) {
        return new LedgerEntry.Grant(id, date, "verlening", "test", initiative, title, amount, funding, reservation);
    }

    private Posted post(LedgerEntry entry) {
        Result<Posted> posted = ledger.post(entry);
        assertThat(posted.isOk()).as("posting %s: %s", entry.id(), posted).isTrue();
        return posted.orElseThrow();
    }

    private PotView wmo() {
        return ledger.view().pot(WMO).orElseThrow();
    }
}
