package nl.sociaaldomein.atelier.journal;

import java.util.Objects;

/**
 * A record to append: what kind of record it is ({@code type}, e.g. {@code ledger.grant}) and its
 * content ({@code payload}, text in the caller's format, usually JSON). The journal adds the
 * position, the batch, the moment and the hashes.
 */
public record NewRecord(String type, String payload) {

    public NewRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (type.isBlank()) {
            throw new IllegalArgumentException("a journal record's type must not be blank");
        }
    }
}
