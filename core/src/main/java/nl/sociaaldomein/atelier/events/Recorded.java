package nl.sociaaldomein.atelier.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the journal keeps it: its {@code position} in the journal and the moment it was
 * recorded (transaction time), beside the effective day in its {@link Stamp}.
 */
public record Recorded<E>(E event, long position, Instant recordedAt) {

    public Recorded {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
