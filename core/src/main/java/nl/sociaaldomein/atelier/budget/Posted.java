package nl.sociaaldomein.atelier.budget;

import java.util.List;
import java.util.Optional;

/**
 * A successful posting: the entry, its position in the ledger (1-based), whether it was a retry of
 * an entry already posted (then nothing changed), and the new state of the pots and grant it touched.
 */
public record Posted(LedgerEntry entry, long sequence, boolean duplicate, List<PotView> pots,
                     Optional<GrantView> grant) {
}
