package nl.sociaaldomein.atelier.budget;

import java.util.List;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A small tree for generated tests: small ceilings so that generated amounts hit them often, a
 * programme with free budget of its own (P), three sibling pots (A, B, C) and a grandchild (A1).
 */
final class TestTree {

    static final List<String> POT_IDS = List.of("P", "A", "B", "C", "A1");

    private TestTree() {
    }

    static BudgetTree tree() {
        BudgetPeriod year = BudgetPeriod.year(2016);
        return BudgetTree.ofValid(
            Pot.programme("P", "Programma", Money.ofCents(100_000), year),
            Pot.child("A", "Pot A", Money.ofCents(40_000), year, "P"),
            Pot.child("B", "Pot B", Money.ofCents(30_000), year, "P"),
            Pot.child("C", "Pot C", Money.ofCents(20_000), year, "P"),
            Pot.child("A1", "Pot A1", Money.ofCents(15_000), year, "A"));
    }
}
