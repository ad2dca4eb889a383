package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

class BudgetTreeTest {

    static final BudgetPeriod YEAR = BudgetPeriod.year(2016);

    @Test
    void groningensTreeIsValidAndKnowsItsChildren() {
        BudgetTree tree = GroningenBudget.tree();
        assertThat(tree.children(GroningenBudget.PROGRAMME)).extracting(Pot::id)
            .containsExactly(GroningenBudget.WMO, GroningenBudget.BESCHERMD_WONEN, GroningenBudget.JEUGD);
        assertThat(tree.pot(GroningenBudget.WMO).orElseThrow().ceiling()).hasToString("€ 1.000.000");
    }

    @Test
    void everyProblemOfABadTreeIsListedAtOnce() {
        List<String> problems = BudgetTree.of(List.of(
            Pot.programme("p", "Programma", Money.ofEuros(100), YEAR),
            Pot.child("a", "Pot A", Money.ofEuros(80), YEAR, "p"),
            Pot.child("b", "Pot B", Money.ofEuros(30), YEAR, "p"),
            Pot.child("a", "Pot A bis", Money.ofEuros(-1), YEAR, "x"))).getLeft();
        assertThat(problems).containsExactlyInAnyOrder(
            "pot id 'a' is used twice",
            "pot 'Pot A bis' has a negative ceiling € -1",
            "pot 'Pot A bis' names parent 'x', which is not listed before it",
            "the pots under 'Programma' add up to € 110, more than its ceiling € 100");
    }

    @Test
    void anEmptyTreeIsRejected() {
        assertThat(BudgetTree.of(List.of()).getLeft()).containsExactly("a budget tree needs at least one pot");
    }

    @Test
    void childrenWhoseCeilingsTogetherLeaveTheAmountRangeAreAProblemNotACrash() {
        Money half = Money.ofCents(Long.MAX_VALUE / 2 + 1);
        BudgetPeriod year = BudgetPeriod.year(2016);
        List<String> problems = BudgetTree.of(List.of(Pot.programme("p", "Programma", Money.ofCents(Long.MAX_VALUE), year),
            Pot.child("a", "A", half, year, "p"), Pot.child("b", "B", half, year, "p"))).getLeft();
        assertThat(problems).singleElement().asString().contains("'Programma'").contains("more than its ceiling");
    }
}
