package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.time.Instant;
import java.util.Objects;
import nl.sociaaldomein.atelier.journal.Journal;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.store.jdbc.OpenCheck;

/**
 * The ledger's journal, opened (and so verified) when the application starts, with what was
 * checked: a damaged journal stops the start with the first damaged position, so an application
 * that runs has a journal that verified. The health indicator reports it.
 *
 * @param store     the store the journal is in
 * @param stream    the journal's name in the store
 * @param check     how much of the chain was verified
 * @param headAtStart the journal's last position when it was verified
 * @param verifiedAt  when
 */
public record JournalCheck(JournalStore store, String stream, Journal journal, OpenCheck check, long headAtStart,
                           Instant verifiedAt) {

    /**
     * Checks that no component is null.
     *
     * @param store       the store the journal is in
     * @param stream      the journal's name in the store
     * @param journal     the journal, open
     * @param check       how much of the chain was verified
     * @param headAtStart the journal's last position when it was verified
     * @param verifiedAt  when
     */
    public JournalCheck {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }

    /**
     * Opens the journal, verifying it as {@code check} says.
     *
     * @param store  the store the journal is in
     * @param stream the journal's name in the store
     * @param check  how much of the chain to verify now
     * @return the open journal and what was verified
     * @throws nl.sociaaldomein.atelier.journal.JournalDamagedException when it does not verify
     */
    public static JournalCheck open(JournalStore store, String stream, OpenCheck check) {
        Journal journal = store.journal(stream, check);
        return new JournalCheck(store, stream, journal, check, journal.head(), Instant.now());
    }
}
