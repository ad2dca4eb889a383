package nl.sociaaldomein.atelier.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.sociaaldomein.atelier.money.Money;

/**
 * An exact share, kept as {@code part / whole} so nothing is rounded until it is shown.
 * Renderers show {@link #percent()}: one decimal, rounded half up (887685 of 1000000 is 88,8%).
 *
 * @param part  the part
 * @param whole the whole, positive
 */
public record Percentage(long part, long whole) {

    /**
     * Checks that the whole is positive.
     *
     * @param part  the part
     * @param whole the whole, positive
     * @throws IllegalArgumentException when it is not
     */
    public Percentage {
        if (whole <= 0) {
            throw new IllegalArgumentException("a percentage needs a positive whole, not " + whole);
        }
    }

    /**
     * The share of {@code whole} that {@code part} is.
     *
     * @param part  the part
     * @param whole the whole, positive
     * @return the percentage
     */
    public static Percentage of(long part, long whole) {
        return new Percentage(part, whole);
    }

    /**
     * The share of {@code whole} that {@code part} is, e.g. granted of the budget.
     *
     * @param part  the part
     * @param whole the whole, positive
     * @return the percentage of the amounts in cents
     */
    public static Percentage of(Money part, Money whole) {
        return new Percentage(part.cents(), whole.cents());
    }

    /** {@return the percentage with one decimal, rounded half up: {@code 88.8} for 887685 of 1000000} */
    public BigDecimal percent() {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
