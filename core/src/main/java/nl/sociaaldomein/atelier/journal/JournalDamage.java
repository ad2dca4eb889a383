package nl.sociaaldomein.atelier.journal;

import java.util.Objects;

/**
 * What verification found wrong, at the first position where it found it: a record whose hash
 * does not match its content, one that does not chain to the record before, or a gap.
 */
public record JournalDamage(long position, String message) {

    public JournalDamage {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "journal damaged at position " + position + ": " + message;
    }
}
