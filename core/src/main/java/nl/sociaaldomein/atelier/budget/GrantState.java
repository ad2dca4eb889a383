package nl.sociaaldomein.atelier.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A grant's running figures and what it currently contributes to each funding pot's totals.
 * A change is made by {@link #retract}ing the contribution, changing the figures, and
 * {@link #contribute}-ing again: O(number of funding pots), independent of the ledger's length.
 */
final class GrantState {

    final String initiativeId;
    final String title;
    final List<Funding> funding;
    final int[] pots;
    final long[] weights;
    long granted;
    long advanced;
    long determined = -1; // -1 until the final determination
    long reclaimed;
    boolean withdrawn;
    // Per funding pot, what this grant has added to the pot totals.
    private long[] committedParts;
    private long[] advancedParts;
    private long[] determinedParts;
    private long[] reclaimableParts;
    private long[] reclaimedParts;

    GrantState(String initiativeId, String title, List<Funding> funding, int[] pots, long[] weights, long granted) {
        this.initiativeId = initiativeId;
        this.title = title;
        this.funding = funding;
        this.pots = pots;
        this.weights = weights;
        this.granted = granted;
        long[] zeros = new long[pots.length];
        committedParts = zeros;
        advancedParts = zeros;
        determinedParts = zeros;
        reclaimableParts = zeros;
        reclaimedParts = zeros;
    }

    GrantStatus status() {
        return withdrawn ? GrantStatus.WITHDRAWN : determined >= 0 ? GrantStatus.DETERMINED : GrantStatus.GRANTED;
    }

    long reclaimable() {
        return determined < 0 ? 0 : Math.max(0, advanced - determined);
    }

    /** What this grant takes from each pot now. */
    long[] committedParts() {
        return committedParts;
    }

    void retract(LedgerState state) {
        for (int i = 0; i < pots.length; i++) {
            int pot = pots[i];
            state.granted[pot] -= committedParts[i];
            state.advanced[pot] -= advancedParts[i];
            state.determined[pot] -= determinedParts[i];
            state.reclaimable[pot] -= reclaimableParts[i];
            state.reclaimed[pot] -= reclaimedParts[i];
        }
    }

    void contribute(LedgerState state) {
        long[] grantedParts = Apportion.split(granted, weights);
        committedParts = withdrawn ? new long[pots.length]
            : determined >= 0 ? Apportion.split(determined, grantedParts) : grantedParts;
        advancedParts = Apportion.split(advanced, grantedParts);
        determinedParts = determined >= 0 ? Apportion.split(determined, grantedParts) : new long[pots.length];
        reclaimableParts = Apportion.split(reclaimable(), grantedParts);
        reclaimedParts = Apportion.split(reclaimed, grantedParts);
        for (int i = 0; i < pots.length; i++) {
            int pot = pots[i];
            state.granted[pot] += committedParts[i];
            state.advanced[pot] += advancedParts[i];
            state.determined[pot] += determinedParts[i];
            state.reclaimable[pot] += reclaimableParts[i];
            state.reclaimed[pot] += reclaimedParts[i];
        }
    }

    GrantView view(LedgerState state) {
        Map<String, Money> parts = new LinkedHashMap<>();
        for (int i = 0; i < pots.length; i++) {
            parts.put(state.potIds[pots[i]], Money.ofCents(committedParts[i]));
        }
        return new GrantView(initiativeId, title, status(), funding, Money.ofCents(granted), Money.ofCents(advanced),
            determined < 0 ? Optional.empty() : Optional.of(Money.ofCents(determined)),
            Money.ofCents(reclaimable()), Money.ofCents(reclaimed), parts);
    }
}
