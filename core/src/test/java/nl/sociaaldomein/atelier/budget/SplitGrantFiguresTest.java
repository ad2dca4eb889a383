package nl.sociaaldomein.atelier.budget;

import static nl.sociaaldomein.atelier.budget.Entries.advance;
import static nl.sociaaldomein.atelier.budget.Entries.determine;
import static nl.sociaaldomein.atelier.budget.Entries.grant;
import static nl.sociaaldomein.atelier.budget.Entries.reclaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A grant split over three pots whose figures nest (advanced ≥ reclaimable ≥ reclaimed): a pot's
 * share of the smaller figure never exceeds its share of the larger one. Largest remainder alone
 * does not promise that (the Alabama paradox: € 0,03 over 1:3:3 gives 1, 1, 1 cent, € 0,04 gives 0, 2, 2).
 */
class SplitGrantFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2016, 6, 1);

    private static Ledger splitGrantOfSevenCents() {
        Ledger ledger = Ledger.create(TestTree.tree());
        ledger.post(grant("g", DAY, "i", "Idee", Money.ofCents(7),
            List.of(new Funding("A", 1), new Funding("B", 3), new Funding("C", 3)), Optional.empty())).orElseThrow();
        return ledger;
    }

    @Test
    void noPotHasMoreReclaimedThanReclaimable() {
        Ledger ledger = splitGrantOfSevenCents();
        ledger.post(advance("v", DAY, "i", Money.ofCents(7))).orElseThrow();
        ledger.post(determine("d", DAY, "i", Money.ofCents(3))).orElseThrow();
        ledger.post(reclaim("r", DAY, "i", Money.ofCents(3))).orElseThrow();
        for (String pot : List.of("A", "B", "C")) {
            PotView view = ledger.view().pot(pot).orElseThrow();
            assertThat(view.outstandingReclaim().isNegative()).as("outstanding reclaim of pot %s", pot).isFalse();
        }
    }

    @Test
    void noPotHasMoreReclaimableThanAdvanced() {
        Ledger ledger = splitGrantOfSevenCents();
        ledger.post(advance("v", DAY, "i", Money.ofCents(4))).orElseThrow();
        ledger.post(determine("d", DAY, "i", Money.ofCents(1))).orElseThrow();
        for (String pot : List.of("A", "B", "C")) {
            PotView view = ledger.view().pot(pot).orElseThrow();
            assertThat(view.reclaimable()).as("reclaimable of pot %s", pot).isLessThanOrEqualTo(view.advanced());
        }
    }
}
