package nl.sociaaldomein.atelier.call;

import java.time.LocalDate;
import java.util.Objects;

/** When a phase of a call runs, both days inclusive. */
public record PhaseWindow(Phase phase, LocalDate start, LocalDate end) {

    public PhaseWindow {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static PhaseWindow of(Phase phase, LocalDate start, LocalDate end) {
        return new PhaseWindow(phase, start, end);
    }
}
