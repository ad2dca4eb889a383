package nl.sociaaldomein.atelier.budget;

import java.util.Arrays;
import java.util.Collections;
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
    // Per funding pot: the grant's parts, and what this grant has added to the pot totals.
    // Updated in place, so that a change allocates nothing for a single-pot grant.
    private final long[] grantedParts;
    private final long[] committedParts;
    private final long[] advancedParts;
    private final long[] determinedParts;
    private final long[] reclaimableParts;
    private final long[] reclaimedParts;

    GrantState(String initiativeId, String title, List<Funding> funding, int[] pots, long[] weights, long granted) {
        this.initiativeId = initiativeId;
        this.title = title;
        this.funding = funding;
        this.pots = pots;
        this.weights = weights;
        this.granted = granted;
        grantedParts = new long[pots.length];
        committedParts = new long[pots.length];
        advancedParts = new long[pots.length];
        determinedParts = new long[pots.length];
        reclaimableParts = new long[pots.length];
        reclaimedParts = new long[pots.length];
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
        Apportion.splitInto(granted, weights, grantedParts);
        if (withdrawn) {
            Arrays.fill(committedParts, 0);
        } else {
            Apportion.splitInto(determined >= 0 ? determined : granted, grantedParts, committedParts);
        }
        Apportion.splitInto(advanced, grantedParts, advancedParts);
        Apportion.splitInto(Math.max(determined, 0), grantedParts, determinedParts);
        Apportion.splitInto(reclaimable(), grantedParts, reclaimableParts);
        Apportion.splitInto(reclaimed, grantedParts, reclaimedParts);
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
        Map<String, Money> parts;
        if (pots.length == 1) {
            parts = Map.of(state.potIds[pots[0]], Money.ofCents(committedParts[0]));
        } else {
            parts = new LinkedHashMap<>();
            for (int i = 0; i < pots.length; i++) {
                parts.put(state.potIds[pots[i]], Money.ofCents(committedParts[i]));
            }
            parts = Collections.unmodifiableMap(parts);
        }
        return new GrantView(initiativeId, title, status(), funding, Money.ofCents(granted), Money.ofCents(advanced),
            determined < 0 ? Optional.empty() : Optional.of(Money.ofCents(determined)),
            Money.ofCents(reclaimable()), Money.ofCents(reclaimed), parts);
    }
}
