package nl.sociaaldomein.atelier.budget;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A successful posting: the entry, its sequence in the order entries were recorded (1-based),
 * whether it was a retry of an entry already posted (then nothing changed), the new state of the
 * pots and grant it touched (as of its own place in the ledger), and when it was recorded.
 */
public record Posted(LedgerEntry entry, long sequence, boolean duplicate, List<PotView> pots,
                     Optional<GrantView> grant, Instant recordedAt) {
}
