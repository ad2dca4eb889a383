package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether Atelier can work, whatever the Boot version asks it: the store answers (the journal's
 * head is read from it now) and the ledger's journal verified when the application started. The
 * details name the store without a password, the journal, what was verified and the head then and
 * now; a store that does not answer is down, with the reason.
 */
public final class StoreHealth {

    private final JournalCheck check;

    /**
     * Health of the store and journal in {@code check}.
     *
     * @param check the ledger's journal as verified at start
     */
    public StoreHealth(JournalCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /**
     * Up or down, with details; never throws.
     *
     * @return up when the journal's head could be read now; the details name the store, the journal, what was
     *         verified at start and the heads then and now, or the error
     */
    public Status check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("store", check.store().location());
        details.put("journal", check.stream());
        details.put("verifiedAtStart", check.check().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        details.put("verifiedAt", check.verifiedAt().toString());
        details.put("headAtStart", check.headAtStart());
        try {
            details.put("head", check.journal().head());
            return new Status(true, details);
        } catch (RuntimeException e) {
            details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Status(false, details);
        }
    }

    /**
     * The outcome of one check.
     *
     * @param up      whether the store answered
     * @param details what the health endpoint shows, in this order
     */
    public record Status(boolean up, Map<String, Object> details) {
        /**
         * Keeps an unmodifiable copy of the details.
         *
         * @param up      whether the store answered
         * @param details what the health endpoint shows
         */
        public Status {
            details = Map.copyOf(details);
        }
    }
}
