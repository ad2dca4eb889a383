package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.math.BigDecimal;
import nl.sociaaldomein.atelier.money.Money;

/**
 * How an amount is written in JSON: a string of euros with exactly two decimals ({@code "887685.00"}),
 * as the journal's payloads write it, so that no client reads it as a floating-point number.
 */
public final class JsonAmounts {

    private JsonAmounts() {
    }

    public static String text(Money amount) {
        return BigDecimal.valueOf(amount.cents(), 2).toPlainString();
    }
}
