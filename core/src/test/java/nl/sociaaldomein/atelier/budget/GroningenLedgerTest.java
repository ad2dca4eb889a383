package nl.sociaaldomein.atelier.budget;

import static nl.sociaaldomein.atelier.budget.Entries.advance;
import static nl.sociaaldomein.atelier.budget.Entries.determine;
import static nl.sociaaldomein.atelier.budget.Entries.grant;
import static nl.sociaaldomein.atelier.budget.Entries.reclaim;
import static nl.sociaaldomein.atelier.budget.Entries.release;
import static nl.sociaaldomein.atelier.budget.Entries.reserve;
import static nl.sociaaldomein.atelier.budget.GroningenBudget.ANNEX;
import static nl.sociaaldomein.atelier.budget.GroningenBudget.WMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole Awb lifecycle on Groningen's 2016 figures. Amounts and dates after the 19 annex grants
 * (reservations, the converted grant, advances, determination, reclaim) are ILLUSTRATIVE
 * ASSUMPTIONS: the sources only say the rest is "partly reserved" for the pending initiative and
 * for ideas later in the year (000_54832993d59957fc.txt: "Een deel van het resterende budget").
 */
class GroningenLedgerTest {

    /** The grants are "in mei" (001_9744a8e01e8ca7e0.txt: "De toekenning van geld per project volgt in mei"). */
    static final LocalDate GRANTED = LocalDate.of(2016, 5, 31);
    static final LocalDate LETTER = LocalDate.of(2016, 6, 30);

    Ledger ledger;

    @BeforeEach
    void postTheAnnex() {
        ledger = Ledger.create(GroningenBudget.tree());
        for (GroningenBudget.AnnexGrant row : ANNEX) {
            assertThat(ledger.post(grant("annex-" + row.number(), GRANTED, GroningenBudget.initiativeId(row), row.title(),
                Money.ofEuros(row.euros()), WMO)).isRight()).as("annex row %d", row.number()).isTrue();
        }
    }

    @Test
    void theNineteenAnnexGrantsLeaveTheRemainderTheCouncilLetterNames() {
        PotView wmo = ledger.view(LETTER).pot(WMO).orElseThrow();
        assertThat(wmo.granted()).hasToString("€ 887.685");
        assertThat(wmo.remaining()).hasToString("€ 112.315");
        assertThat(ledger.view().pot(GroningenBudget.PROGRAMME).orElseThrow().remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void aGrantAboveTheRemainderIsRejectedNamingAmountsAndPotAndChangesNothing() {
        BudgetView before = ledger.view();
        // Illustrative: a second, later grant to the Ondernemend Zuid pilot (003_8cbc039ce30155df.txt).
        Either<Rejection, Posted> posted = ledger.post(grant("oz-pilot", LETTER, "ondernemend-zuid-pilot", "Ondernemend Zuid",
            Money.ofEuros(250_000), WMO));
        assertThat(posted.getLeft().kind()).isEqualTo(RejectionKind.EXCEEDS_REMAINING);
        assertThat(posted.getLeft().message()).isEqualTo(
            "grant of € 250.000 for 'Ondernemend Zuid' exceeds the remaining € 112.315 of pot 'Innovatieatelier Wmo 2016'");
        assertThat(ledger.view()).isEqualTo(before);
    }

    @Test
    void theFullLifecycleFromReservationToReclaim() {
        // Illustrative assumption: € 60.000 for the initiative still being worked out, € 40.000 for later ideas.
        post(reserve("r-pending", LETTER, "pending", WMO, Money.ofEuros(60_000), "initiatief in uitwerking"));
        post(reserve("r-later", LETTER, "later", WMO, Money.ofEuros(40_000), "ideeën later in het jaar"));
        assertThat(wmo().reserved()).hasToString("€ 100.000");
        assertThat(wmo().remaining()).hasToString("€ 12.315");

        // The pending initiative is granted € 55.000 by converting its reservation; the rest is released.
        LocalDate autumn = LocalDate.of(2016, 10, 1);
        Posted converted = post(grant("g-pending", autumn, "pending-initiative", "Complex initiatief", Money.ofEuros(55_000),
            List.of(Funding.of(WMO)), Optional.of("pending")));
        assertThat(converted.pots().get(0).reserved()).hasToString("€ 45.000");
        assertThat(converted.pots().get(0).remaining()).hasToString("€ 12.315");
        post(release("rel-pending", autumn, "pending", Money.ofEuros(5_000)));
        assertThat(wmo().remaining()).hasToString("€ 17.315");

        // Advances on 'Waarom is water zo mooi?' (€ 109.000): 80 % in 2016, then a lower final determination.
        String water = GroningenBudget.initiativeId(ANNEX.get(18));
        post(advance("adv-water", LocalDate.of(2016, 11, 1), water, Money.ofEuros(87_200)));
        Either<Rejection, Posted> tooMuch = ledger.post(advance("adv-water-2", LocalDate.of(2016, 12, 1), water, Money.ofEuros(30_000)));
        assertThat(tooMuch.getLeft().kind()).isEqualTo(RejectionKind.EXCEEDS_GRANT);
        assertThat(tooMuch.getLeft().message()).contains("€ 30.000", "€ 21.800");

        Posted determined = post(determine("vast-water", LocalDate.of(2017, 6, 1), water, Money.ofEuros(80_000)));
        GrantView grant = determined.grant().orElseThrow();
        assertThat(grant.status()).isEqualTo(GrantStatus.DETERMINED);
        assertThat(grant.reclaimable()).hasToString("€ 7.200");
        assertThat(wmo().granted()).hasToString("€ 913.685"); // 887.685 + 55.000 − (109.000 − 80.000)
        assertThat(wmo().remaining()).hasToString("€ 46.315");

        post(reclaim("terug-water", LocalDate.of(2017, 7, 1), water, Money.ofEuros(7_200)));
        assertThat(ledger.view().grant(water).orElseThrow().outstandingReclaim()).isEqualTo(Money.ZERO);
        assertThat(ledger.post(reclaim("terug-water-2", LocalDate.of(2017, 7, 2), water, Money.ofCents(1))).getLeft().kind())
            .isEqualTo(RejectionKind.EXCEEDS_RECLAIMABLE);

        // "What did the Wmo pot look like on 30-06-2016?" is one call, and equals the replay of that prefix.
        PotView midYear = ledger.view(LETTER).pot(WMO).orElseThrow();
        assertThat(midYear.reserved()).hasToString("€ 100.000");
        assertThat(midYear.advanced()).isEqualTo(Money.ZERO);
        assertThat(ledger.view(LETTER)).isEqualTo(Ledger.replay(GroningenBudget.tree(),
            ledger.entries().stream().filter(e -> !e.effectiveDate().isAfter(LETTER)).toList()).get().view());
        assertThat(Ledger.replay(GroningenBudget.tree(), ledger.entries()).get().view()).isEqualTo(ledger.view());
    }

    @Test
    void retriesAreHarmlessAndConflictingRetriesAndBackdatingAreRejected() {
        BudgetView before = ledger.view();
        GroningenBudget.AnnexGrant first = ANNEX.get(0);
        Posted retry = post(grant("annex-1", GRANTED, GroningenBudget.initiativeId(first), first.title(), Money.ofEuros(25_000), WMO));
        assertThat(retry.duplicate()).isTrue();
        assertThat(retry.sequence()).isEqualTo(1);
        assertThat(ledger.view()).isEqualTo(before);

        Rejection conflict = ledger.post(grant("annex-1", GRANTED, "other", "Ander", Money.ofEuros(1), WMO)).getLeft();
        assertThat(conflict.kind()).isEqualTo(RejectionKind.EXISTS_WITH_DIFFERENT_FIELDS);

        Rejection backdated = ledger.post(reserve("early", LocalDate.of(2016, 1, 1), "x", WMO, Money.ofEuros(1), "x")).getLeft();
        assertThat(backdated.kind()).isEqualTo(RejectionKind.BACKDATED);
        assertThat(backdated.message()).contains("01-01-2016", "31-05-2016");
        assertThat(ledger.view()).isEqualTo(before);
    }

    @Test
    void aProjectFundedFromSeveralBudgetsIsSplitExactly() {
        // 003_8cbc039ce30155df.txt: projects paid from several budgets; pots and weights here are illustrative.
        Posted posted = post(grant("multi", LETTER, "meedoen", "Meedoen", Money.ofCents(1_000_001),
            List.of(new Funding(GroningenBudget.JEUGD, 2), new Funding(GroningenBudget.BESCHERMD_WONEN, 1)), Optional.empty()));
        GrantView grant = posted.grant().orElseThrow();
        assertThat(grant.partsByPot()).containsEntry(GroningenBudget.JEUGD, Money.ofCents(666_667))
            .containsEntry(GroningenBudget.BESCHERMD_WONEN, Money.ofCents(333_334));
        assertThat(Money.sum(grant.partsByPot().values())).isEqualTo(grant.granted());
    }

    private Posted post(LedgerEntry entry) {
        Either<Rejection, Posted> posted = ledger.post(entry);
        assertThat(posted.isRight()).as("posting %s: %s", entry.id(), posted).isTrue();
        return posted.get();
    }

    private PotView wmo() {
        return ledger.view().pot(WMO).orElseThrow();
    }
}
