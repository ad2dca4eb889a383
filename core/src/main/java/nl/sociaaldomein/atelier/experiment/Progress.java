package nl.sociaaldomein.atelier.experiment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a KPI has come: {@code actual} of {@code target}, kept as the exact fraction.
 * 14 of 80 is exactly 17,5 %; 8 of 30 is 26,67 % rounded half up to two decimals.
 *
 * @param actual the latest measured value
 * @param target the KPI's target, positive
 */
public record Progress(long actual, long target) {

    /**
     * Checks the figures.
     *
     * @param actual the latest measured value
     * @param target the KPI's target, positive
     * @throws IllegalArgumentException when the target is not positive or the actual value negative
     */
    public Progress {
        if (target <= 0) {
            throw new IllegalArgumentException("a target must be positive: " + target);
        }
        if (actual < 0) {
            throw new IllegalArgumentException("progress must not be negative: " + actual);
        }
    }

    /**
     * The percentage, rounded half up to {@code decimals} places.
     *
     * @param decimals the decimal places
     * @return actual / target × 100
     */
    public BigDecimal percent(int decimals) {
        return BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(target), decimals, RoundingMode.HALF_UP);
    }

    /** {@return whether the target is reached} */
    public boolean reached() {
        return actual >= target;
    }
}
