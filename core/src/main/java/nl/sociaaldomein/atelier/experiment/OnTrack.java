package nl.sociaaldomein.atelier.experiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The linear on-track verdict for a KPI at its latest measurement.
 *
 * <p>The rule: the KPI's period runs from the first day its start can mean to the last day its
 * deadline can mean, both days included ({@code totalDays}); a measurement counts as of the last
 * day its date can mean ({@code elapsedDays} from the period's first day, both included, at most
 * {@code totalDays}). Expected by then = target × elapsedDays / totalDays. The KPI is on track
 * when actual ≥ expected, decided exactly as {@code actual × totalDays ≥ target × elapsedDays}
 * in whole numbers (no rounding, no {@code double}).
 *
 * @param verdict     the answer
 * @param progress    actual of target, when measured
 * @param elapsedDays days of the period passed at the measurement
 * @param totalDays   days in the period
 */
public record OnTrack(Verdict verdict, Optional<Progress> progress, long elapsedDays, long totalDays) {

    /** The possible answers. */
    public enum Verdict {
        /** The latest measurement reaches what the linear path expects by its date. */
        ON_TRACK,
        /** The latest measurement falls short of what the linear path expects by its date. */
        BEHIND,
        /** Nothing was measured yet. */
        NOT_MEASURED
    }

    /**
     * The value expected by the measurement, rounded half up to {@code decimals} places; empty when not measured.
     *
     * @param decimals the decimal places
     * @return the expected value, or empty
     */
    public Optional<BigDecimal> expected(int decimals) {
        return progress.map(p -> BigDecimal.valueOf(p.target()).multiply(BigDecimal.valueOf(elapsedDays))
            .divide(BigDecimal.valueOf(totalDays), decimals, RoundingMode.HALF_UP));
    }
}
