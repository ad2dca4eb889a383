package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.text.Text;
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
    void everyProblemOfABadTreeIsListedAtOnceCodedAndPlacedAtItsPot() {
        List<Problem> problems = BudgetTree.of(List.of(
            Pot.programme("p", "Programma", Money.ofEuros(100), YEAR),
            Pot.child("a", "Pot A", Money.ofEuros(80), YEAR, "p"),
            Pot.child("b", "Pot B", Money.ofEuros(30), YEAR, "p"),
            Pot.child("a", "Pot A bis", Money.ofEuros(-1), YEAR, "x"))).problems();
        assertThat(problems).extracting(p -> p.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
            "pot id 'a' is used twice",
            "pot 'Pot A bis' has a negative ceiling € -1",
            "pot 'Pot A bis' names parent 'x', which is not listed before it",
            "the pots under 'Programma' add up to € 110, more than its ceiling € 100");
        assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder("budget.duplicate-pot", "budget.negative-ceiling",
            "budget.unknown-parent", "budget.children-exceed-parent");
        assertThat(problems).extracting(p -> p.place().subject("pot").orElseThrow()).containsExactlyInAnyOrder("a", "a", "a", "p");
        assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(ProblemKind.INVALID));
        assertThat(problems).extracting(Problem::message).extracting(Text::nl).contains(
            "pot-id 'a' komt twee keer voor", "de potten onder 'Programma' zijn samen € 110, meer dan haar plafond € 100");
    }

    @Test
    void anEmptyTreeIsRejected() {
        assertThat(BudgetTree.of(List.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("budget.no-pots");
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("a budget tree needs at least one pot");
        });
    }

    @Test
    void childrenWhoseCeilingsTogetherLeaveTheAmountRangeAreAProblemNotACrash() {
        Money half = Money.ofCents(Long.MAX_VALUE / 2 + 1);
        BudgetPeriod year = BudgetPeriod.year(2016);
        List<Problem> problems = BudgetTree.of(List.of(Pot.programme("p", "Programma", Money.ofCents(Long.MAX_VALUE), year),
            Pot.child("a", "A", half, year, "p"), Pot.child("b", "B", half, year, "p"))).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("budget.children-exceed-parent");
            assertThat(p.message(Locale.ENGLISH)).contains("'Programma'").contains("more than its ceiling");
        });
    }
}
