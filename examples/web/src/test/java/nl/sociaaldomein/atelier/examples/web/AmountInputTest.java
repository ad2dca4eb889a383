package nl.sociaaldomein.atelier.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import org.junit.jupiter.api.Test;

/** An amount typed into the budget form or sent to the API: read as the person who typed it meant it, or named as wrong. */
class AmountInputTest {

    static long cents(String typed) {
        List<Problem> problems = new ArrayList<>();
        Money amount = LedgerDesk.amount(typed, "/amount", problems);
        assertThat(problems).as("problems reading '%s'", typed).isEmpty();
        return amount.cents();
    }

    @Test
    void a_point_followed_by_three_digits_groups_thousands_the_dutch_way() {
        assertThat(cents("2.500")).isEqualTo(250_000L);
        assertThat(cents("1.000.000")).isEqualTo(100_000_000L);
        assertThat(cents("€ 5.000,50")).isEqualTo(500_050L);
        assertThat(cents("€ 800")).isEqualTo(80_000L);
    }

    @Test
    void a_point_followed_by_one_or_two_digits_is_a_decimal_point() {
        assertThat(cents("5000")).isEqualTo(500_000L);
        assertThat(cents("5000.50")).isEqualTo(500_050L);
        assertThat(cents(" 2.5 ")).isEqualTo(250L);
    }

    @Test
    void what_is_not_a_positive_amount_is_named_with_its_place() {
        for (String typed : new String[] {"veel", "-5", "0", "2.5000", "1.2.3", ""}) {
            List<Problem> problems = new ArrayList<>();
            LedgerDesk.amount(typed, "/amount", problems);
            assertThat(problems).as("'%s'", typed).hasSize(1);
            assertThat(problems.get(0).place().toString()).as("'%s'", typed).isEqualTo("/amount");
        }
    }
}
