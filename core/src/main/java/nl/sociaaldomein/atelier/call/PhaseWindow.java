package nl.sociaaldomein.atelier.call;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a phase of a call runs, both days inclusive.
 *
 * @param phase the phase
 * @param start its first day
 * @param end   its last day
 */
public record PhaseWindow(Phase phase, LocalDate start, LocalDate end) {

    /**
     * Checks that no component is missing.
     *
     * @param phase the phase
     * @param start its first day
     * @param end   its last day
     */
    public PhaseWindow {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * A phase from {@code start} to {@code end}, both days inclusive.
     *
     * @param phase the phase
     * @param start its first day
     * @param end   its last day
     * @return the window
     */
    public static PhaseWindow of(Phase phase, LocalDate start, LocalDate end) {
        return new PhaseWindow(phase, start, end);
    }
}
