package nl.sociaaldomein.atelier.journal;

import java.util.Objects;

/**
 * What verification found wrong, at the first position where it found it: a record whose hash
 * does not match its content, one that does not chain to the record before, or a gap.
 *
 * @param position the first position found wrong
 * @param message  what is wrong there
 */
public record JournalDamage(long position, String message) {

    /**
     * Checks that there is a message.
     *
     * @param position the first position found wrong
     * @param message  what is wrong there
     */
    public JournalDamage {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "journal damaged at position " + position + ": " + message;
    }
}
