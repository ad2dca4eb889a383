package nl.sociaaldomein.atelier.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The smallest amount, Long.MIN_VALUE cents, whose magnitude does not fit in a long (found by MoneyProperties). */
class MoneyRangeEdgeTest {

    private static final Money SMALLEST = Money.ofCents(Long.MIN_VALUE);

    @Test
    void theSmallestAmountParsesBackFromBothWrittenForms() {
        assertThat(MoneyFormat.toPlain(SMALLEST)).isEqualTo("-92233720368547758.08");
        assertThat(MoneyFormat.parsePlain("-92233720368547758.08").orElseThrow()).isEqualTo(SMALLEST);
        assertThat(MoneyFormat.parseDutch(MoneyFormat.DUTCH.format(SMALLEST)).orElseThrow()).isEqualTo(SMALLEST);
        assertThat(MoneyFormat.parsePlain("-92233720368547758.09").problems().get(0).message(java.util.Locale.ENGLISH)).startsWith("amount is too large");
    }

    @Test
    void theSmallestAmountSplitsWithoutOverflow() {
        assertThat(LargestRemainder.split(SMALLEST, 1)).containsExactly(SMALLEST);
        assertThat(LargestRemainder.splitEvenly(SMALLEST, 2))
            .containsExactly(Money.ofCents(Long.MIN_VALUE / 2), Money.ofCents(Long.MIN_VALUE / 2));
    }
}
