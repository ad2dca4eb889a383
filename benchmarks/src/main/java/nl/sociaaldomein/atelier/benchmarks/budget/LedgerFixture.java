package nl.sociaaldomein.atelier.benchmarks.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetPeriod;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.Pot;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A deterministic stream of entries that are all accepted: in every group of four, a grant to a
 * new initiative, an advance on it, a reservation and its release, spread over three pots whose
 * ceilings are large enough never to run out. Dates advance one day per 4.000 entries.
 */
final class LedgerFixture {

    static final String[] POTS = {"wmo", "beschermd-wonen", "jeugd"};
    static final LocalDate START = LocalDate.of(2016, 1, 1);

    private LedgerFixture() {
    }

    static BudgetTree tree() {
        BudgetPeriod years = new BudgetPeriod(2016, 2100);
        Money ceiling = Money.ofEuros(1_000_000_000_000L);
        return BudgetTree.ofValid(
            Pot.programme("programme", "Programma", ceiling.times(3), years),
            Pot.child(POTS[0], "Wmo", ceiling, years, "programme"),
            Pot.child(POTS[1], "Beschermd wonen", ceiling, years, "programme"),
            Pot.child(POTS[2], "Jeugd", ceiling, years, "programme"));
    }

    static LocalDate dateOf(long i) {
        return START.plusDays(i / 4_000);
    }

    static LedgerEntry entry(long i) {
        long group = i / 4;
        String pot = POTS[(int) (group % POTS.length)];
        String id = "e" + i;
        LocalDate date = dateOf(i);
        switch ((int) (i % 4)) {
            case 0:
                return new LedgerEntry.Grant(id, date, "toekenning", "bench", "i" + group, "Initiatief " + group,
                    Money.ofCents(100_000 + group % 500), List.of(Funding.of(pot)), Optional.empty());
            case 1:
                return new LedgerEntry.Advance(id, date, "voorschot", "bench", "i" + group, Money.ofCents(50_000));
            case 2:
                return new LedgerEntry.Reserve(id, date, "reservering", "bench", "r" + group, pot, Money.ofCents(10_000), "later");
            default:
                return new LedgerEntry.ReleaseReservation(id, date, "vrijval", "bench", "r" + group, Money.ofCents(10_000));
        }
    }

    static LedgerEntry[] entries(long from, int count) {
        LedgerEntry[] out = new LedgerEntry[count];
        for (int k = 0; k < count; k++) {
            out[k] = entry(from + k);
        }
        return out;
    }

    /**
     * Collects garbage until the heap settles, so that a ledger built in a setup is in the old
     * generation before measuring, instead of being copied by collections during measurement.
     */
    static void settleHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** A ledger holding entries 0 .. size−1. */
    static Ledger ledgerOf(int size) {
        Ledger ledger = Ledger.create(tree());
        for (int i = 0; i < size; i++) {
            if (ledger.post(entry(i)).isFailed()) {
                throw new IllegalStateException("fixture entry " + i + " was rejected");
            }
        }
        return ledger;
    }
}
