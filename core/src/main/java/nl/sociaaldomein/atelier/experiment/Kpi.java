package nl.sociaaldomein.atelier.experiment;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * A quantitative indicator: a whole-number target to reach by a deadline, and what was measured.
 * Groningen's Ondernemend Zuid aims "om eind november 80 extra mensen in beeld te hebben, 40
 * werkplekken te hebben geacquireerd en 30 matches te hebben gerealiseerd"
 * (003_8cbc039ce30155df.txt): three KPIs with one period.
 *
 * @param name         what is counted
 * @param target       the whole-number target to reach by the deadline, positive
 * @param periodStart  when the KPI's period starts, at the precision known
 * @param deadline     when the target is to be reached, at the precision known
 * @param measurements what was measured, in the order given
 */
public record Kpi(String name, long target, PartialDate periodStart, PartialDate deadline, List<Measurement> measurements) {

    /**
     * Checks the KPI and keeps a copy of the measurements.
     *
     * @param name         what is counted
     * @param target       the whole-number target to reach by the deadline, positive
     * @param periodStart  when the KPI's period starts, at the precision known
     * @param deadline     when the target is to be reached, at the precision known
     * @param measurements what was measured, in the order given
     * @throws IllegalArgumentException when the name is blank, the target is not positive, or the period's start or
     *         deadline is unknown or the deadline is before the start
     */
    public Kpi {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(deadline, "deadline");
        measurements = List.copyOf(measurements);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a KPI needs a name");
        }
        if (target <= 0) {
            throw new IllegalArgumentException("KPI " + name + ": the target must be positive: " + target);
        }
        if (!periodStart.isKnown() || !deadline.isKnown()) {
            throw new IllegalArgumentException("KPI " + name + ": the period needs a known start and deadline");
        }
        if (deadline.latest().orElseThrow().isBefore(periodStart.earliest().orElseThrow())) {
            throw new IllegalArgumentException("KPI " + name + ": the deadline " + deadline + " is before the start " + periodStart);
        }
    }

    /**
     * A KPI with nothing measured yet.
     *
     * @param name        what is counted
     * @param target      the whole-number target, positive
     * @param periodStart when the KPI's period starts
     * @param deadline    when the target is to be reached
     * @return the KPI
     */
    public static Kpi of(String name, long target, PartialDate periodStart, PartialDate deadline) {
        return new Kpi(name, target, periodStart, deadline, List.of());
    }

    /**
     * This KPI with one more measurement.
     *
     * @param measurement the measured value with its date
     * @return a new KPI; this one is unchanged
     */
    public Kpi measured(Measurement measurement) {
        List<Measurement> more = new ArrayList<>(measurements);
        more.add(measurement);
        return new Kpi(name, target, periodStart, deadline, more);
    }

    /** {@return the measurement with the latest date (the last given, on equal dates)} */
    public Optional<Measurement> latest() {
        return measurements.stream().reduce((a, b) -> latestDay(b).isBefore(latestDay(a)) ? a : b);
    }

    /** {@return the measurements by date} */
    public List<Measurement> history() {
        return measurements.stream().sorted(Comparator.comparing(Kpi::latestDay)).toList();
    }

    /** {@return how far the latest measurement has come towards the target; empty when nothing was measured} */
    public Optional<Progress> progress() {
        return latest().map(m -> new Progress(m.value(), target));
    }

    /** {@return the linear on-track verdict at the latest measurement; the rule is on {@link OnTrack}} */
    public OnTrack onTrack() {
        LocalDate first = periodStart.earliest().orElseThrow();
        long total = ChronoUnit.DAYS.between(first, deadline.latest().orElseThrow()) + 1;
        Optional<Measurement> last = latest();
        if (last.isEmpty()) {
            return new OnTrack(OnTrack.Verdict.NOT_MEASURED, Optional.empty(), 0, total);
        }
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(first, latestDay(last.get())) + 1));
        // Compared exactly: a register may measure a count so large that value × days leaves a long.
        boolean onTrack = BigInteger.valueOf(last.get().value()).multiply(BigInteger.valueOf(total))
            .compareTo(BigInteger.valueOf(target).multiply(BigInteger.valueOf(elapsed))) >= 0;
        return new OnTrack(onTrack ? OnTrack.Verdict.ON_TRACK : OnTrack.Verdict.BEHIND, progress(), elapsed, total);
    }

    private static LocalDate latestDay(Measurement m) {
        return m.on().latest().orElseThrow();
    }
}
