package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * A measured value of a KPI, as of a date given at the source's precision (e.g. "januari 2017"
 * for "de resultaten over de eerste drie maanden" of a pilot started in November 2016).
 *
 * @param on    the date of the measurement, at the source's precision
 * @param value the measured count, not negative
 * @param note  what the source says about it, if anything
 */
public record Measurement(PartialDate on, long value, Optional<String> note) {

    /**
     * Checks that the date is known and the count not negative.
     *
     * @param on    the date of the measurement, at the source's precision
     * @param value the measured count, not negative
     * @param note  what the source says about it, if anything
     * @throws IllegalArgumentException when the date is unknown or the value negative
     */
    public Measurement {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(note, "note");
        if (!on.isKnown()) {
            throw new IllegalArgumentException("a measurement needs a date");
        }
        if (value < 0) {
            throw new IllegalArgumentException("a measured count must not be negative: " + value);
        }
    }

    /**
     * Starts measurements of several KPIs on one date: {@code Measurement.at(on).value(14)}.
     *
     * @param on the date, at the source's precision
     * @return the date, waiting for a value
     */
    public static At at(PartialDate on) {
        return new At(on);
    }

    /**
     * A date that measurements are taken on.
     *
     * @param on the date of the measurements
     */
    public record At(PartialDate on) {
        /**
         * A measurement on this date.
         *
         * @param value the measured count, not negative
         * @return the measurement
         */
        public Measurement value(long value) {
            return new Measurement(on, value, Optional.empty());
        }
    }
}
