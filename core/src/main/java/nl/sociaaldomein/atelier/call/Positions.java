package nl.sociaaldomein.atelier.call;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Initiative;

/**
 * What a round reads per initiative on every allocation, resolved once when it opens, by
 * position: the time of receipt (also as UTC second and nanosecond, for ranking) and the
 * requested amount in cents (0 when none). Read-only after construction.
 */
final class Positions {

    final LocalDateTime[] receivedAt;
    final long[] receiptSeconds;
    final int[] receiptNanos;
    final long[] requestedCents;

    Positions(List<Initiative> initiatives, Map<String, LocalDateTime> given) {
        int n = initiatives.size();
        receivedAt = new LocalDateTime[n];
        receiptSeconds = new long[n];
        receiptNanos = new int[n];
        requestedCents = new long[n];
        for (int i = 0; i < n; i++) {
            Initiative initiative = initiatives.get(i);
            receivedAt[i] = receiptOf(initiative, given);
            receiptSeconds[i] = receivedAt[i].toEpochSecond(ZoneOffset.UTC);
            receiptNanos[i] = receivedAt[i].getNano();
            requestedCents[i] = initiative.requestedAmount().isPresent() ? initiative.requestedAmount().get().cents() : 0;
        }
    }

    /** The given receipt time, else the submission date at midnight, else last of all. */
    private static LocalDateTime receiptOf(Initiative initiative, Map<String, LocalDateTime> given) {
        LocalDateTime time = given.get(initiative.id());
        if (time != null) {
            return time;
        }
        return initiative.submissionDate().map(d -> d.atStartOfDay()).orElse(LocalDateTime.MAX);
    }
}
