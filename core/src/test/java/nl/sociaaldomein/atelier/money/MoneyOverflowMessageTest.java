package nl.sociaaldomein.atelier.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An overflow reaches users (a report's refusal quotes it): its amounts are written as the sources write them. */
class MoneyOverflowMessageTest {

    private static final Money LARGEST = Money.ofCents(Long.MAX_VALUE);

    @Test
    void addingNamesBothAmountsInDutchForm() {
        assertThatThrownBy(() -> LARGEST.plus(Money.ofEuros(5))).isInstanceOf(MoneyOverflowException.class)
            .hasMessage("adding € 5 to € 92.233.720.368.547.758,07 leaves the range of the amount type");
    }

    @Test
    void subtractingSaysFromWhat() {
        assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).minus(Money.ofCents(50))).isInstanceOf(MoneyOverflowException.class)
            .hasMessage("subtracting € 0,50 from € -92.233.720.368.547.758,08 leaves the range of the amount type");
    }

    @Test
    void multiplyingNegatingAndWholeEurosToo() {
        assertThatThrownBy(() -> LARGEST.times(2)).hasMessage("multiplying € 92.233.720.368.547.758,07 by 2 leaves the range of the amount type");
        assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).negate()).hasMessage("cannot negate € -92.233.720.368.547.758,08");
        assertThatThrownBy(() -> Money.ofEuros(100_000_000_000_000_000L))
            .hasMessage("€ 100.000.000.000.000.000 is too large to hold in cents");
    }
}
