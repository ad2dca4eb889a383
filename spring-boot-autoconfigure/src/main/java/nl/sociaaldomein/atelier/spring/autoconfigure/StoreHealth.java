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

    public StoreHealth(JournalCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    /** Up or down, with details; never throws. */
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

    /** The outcome of one check. */
    public record Status(boolean up, Map<String, Object> details) {
        public Status {
            details = Map.copyOf(details);
        }
    }
}
