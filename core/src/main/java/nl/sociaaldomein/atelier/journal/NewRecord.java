package nl.sociaaldomein.atelier.journal;

import java.util.Objects;

/**
 * A record to append: what kind of record it is ({@code type}, e.g. {@code ledger.grant}) and its
 * content ({@code payload}, text in the caller's format, usually JSON). The journal adds the
 * position, the batch, the moment and the hashes.
 *
 * @param type    the record's type, e.g. {@code ledger.grant}
 * @param payload the record's content, stored as it is
 */
public record NewRecord(String type, String payload) {

    /**
     * Checks that the type is not blank.
     *
     * @param type    the record's type, e.g. {@code ledger.grant}
     * @param payload the record's content, stored as it is
     * @throws IllegalArgumentException when the type is blank
     */
    public NewRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (type.isBlank()) {
            throw new IllegalArgumentException("a journal record's type must not be blank");
        }
    }
}
