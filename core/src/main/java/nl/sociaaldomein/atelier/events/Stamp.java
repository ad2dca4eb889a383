package nl.sociaaldomein.atelier.events;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What every command says about itself, and every event keeps: who gave it ({@code actor}), why
 * ({@code reason}), and the day it takes effect ({@code on}). A day the source does not give stays
 * unknown (empty): an event never invents a date. The moment it was recorded is the journal's.
 *
 * @param actor  who gave the command
 * @param reason why, in words
 * @param on     the day the command takes effect; empty when the source does not give it
 */
public record Stamp(String actor, String reason, Optional<LocalDate> on) {

    /**
     * Checks that no component is missing and there is an actor.
     *
     * @param actor  who gave the command
     * @param reason why, in words
     * @param on     the day the command takes effect; empty when the source does not give it
     * @throws IllegalArgumentException when the actor is blank
     */
    public Stamp {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(on, "on");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("a command needs an actor");
        }
    }

    /**
     * A command that takes effect on {@code on}.
     *
     * @param on     the day the command takes effect
     * @param actor  who gives the command
     * @param reason why, in words
     * @return the stamp
     */
    public static Stamp on(LocalDate on, String actor, String reason) {
        return new Stamp(actor, reason, Optional.of(on));
    }

    /**
     * A command whose day the source does not give.
     *
     * @param actor  who gives the command
     * @param reason why, in words
     * @return the stamp, without a day
     */
    public static Stamp undated(String actor, String reason) {
        return new Stamp(actor, reason, Optional.empty());
    }
}
