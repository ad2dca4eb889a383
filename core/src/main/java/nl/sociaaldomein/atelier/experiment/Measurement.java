package nl.sociaaldomein.atelier.experiment;

import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * A measured value of a KPI, as of a date given at the source's precision (e.g. "januari 2017"
 * for "de resultaten over de eerste drie maanden" of a pilot started in November 2016).
 */
public record Measurement(PartialDate on, long value, Optional<String> note) {

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

    /** Starts measurements of several KPIs on one date: {@code Measurement.at(on).value(14)}. */
    public static At at(PartialDate on) {
        return new At(on);
    }

    /** A date that measurements are taken on. */
    public record At(PartialDate on) {
        public Measurement value(long value) {
            return new Measurement(on, value, Optional.empty());
        }
    }
}
