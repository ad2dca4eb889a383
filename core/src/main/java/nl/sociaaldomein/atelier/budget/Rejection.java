package nl.sociaaldomein.atelier.budget;

import java.util.Objects;

/**
 * A refused entry: what kind of refusal, and a message naming the amounts (nl-NL) and pots, e.g.
 * "grant of € 250.000 for 'Ondernemend Zuid' exceeds the remaining € 112.315 of pot
 * 'Innovatieatelier Wmo 2016'". A rejected entry changes nothing.
 */
public record Rejection(RejectionKind kind, String entryId, String message) {

    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " (entry '" + entryId + "'): " + message;
    }
}
