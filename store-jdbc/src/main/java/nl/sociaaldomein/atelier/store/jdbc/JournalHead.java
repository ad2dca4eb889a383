package nl.sociaaldomein.atelier.store.jdbc;

/**
 * Where one journal ends: how many records it holds and the hash of the last one (the
 * {@code GENESIS} hash for an empty journal). Two copies with the same head hash hold the same
 * records, so a backup is checked by comparing heads.
 */
public record JournalHead(String stream, long records, String lastHash) {
}
