package nl.sociaaldomein.atelier.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the journal keeps it: its {@code position} in the journal and the moment it was
 * recorded (transaction time), beside the effective day in its {@link Stamp}.
 *
 * @param <E>        the event type
 * @param event      the event
 * @param position   its position in the journal
 * @param recordedAt when the journal recorded it (transaction time, not the day the event takes effect)
 */
public record Recorded<E>(E event, long position, Instant recordedAt) {

    /**
     * Checks that the event and moment are given.
     *
     * @param event      the event
     * @param position   its position in the journal
     * @param recordedAt when the journal recorded it (transaction time, not the day the event takes effect)
     */
    public Recorded {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
