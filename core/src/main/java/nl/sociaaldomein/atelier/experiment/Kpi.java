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
 */
public record Kpi(String name, long target, PartialDate periodStart, PartialDate deadline, List<Measurement> measurements) {

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

    public static Kpi of(String name, long target, PartialDate periodStart, PartialDate deadline) {
        return new Kpi(name, target, periodStart, deadline, List.of());
    }

    /** This KPI with one more measurement. */
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
