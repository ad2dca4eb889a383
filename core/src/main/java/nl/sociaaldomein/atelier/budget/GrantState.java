package nl.sociaaldomein.atelier.budget;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A grant's running figures. A change is made by {@link #retract}ing the grant's contribution
 * to its pots' totals, changing the figures, and {@link #contribute}-ing again: O(number of
 * funding pots), independent of the ledger's length.
 */
final class GrantState {

    final String initiativeId;
    final String title;
    /** The effective date of the grant's entry: the day the verlening was decided. */
    final LocalDate grantedOn;
    final List<Funding> funding;
    final int[] pots;
    final long[] weights;
    long granted;
    /**
     * What the grant takes from each pot while not determined: the granted amount split by the
     * weights, and after a lowering split within the parts before it, so that lowering a grant
     * never moves a cent into a pot (largest remainder alone could: the Alabama paradox). Null
     * for a single pot. Replaced, never changed in place, so copies may share it.
     */
    long[] grantedParts;
    long advanced;
    long determined = -1; // -1 until the final determination
    long reclaimed;
    boolean withdrawn;
    /** Position in creation order, and whether changed since the last checkpoint (see {@link Checkpoint}). */
    int index;
    boolean changed;

    GrantState(String initiativeId, String title, LocalDate grantedOn, List<Funding> funding, int[] pots, long[] weights, long granted) {
        this.initiativeId = initiativeId;
        this.grantedOn = grantedOn;
        this.title = title;
        this.funding = funding;
        this.pots = pots;
        this.weights = weights;
        this.granted = granted;
        this.grantedParts = pots.length == 1 ? null : Apportion.split(granted, weights);
    }

    /** The parts after amending the grant to {@code newAmount}: within the parts now when lowering, by the weights when raising. */
    long[] partsAfterAmending(long newAmount) {
        if (pots.length == 1) {
            return null;
        }
        return newAmount < granted ? Apportion.split(newAmount, grantedParts) : Apportion.split(newAmount, weights);
    }

    GrantStatus status() {
        return withdrawn ? GrantStatus.WITHDRAWN : determined >= 0 ? GrantStatus.DETERMINED : GrantStatus.GRANTED;
    }

    long reclaimable() {
        return determined < 0 ? 0 : Math.max(0, advanced - determined);
    }

    /** What the grant takes from its pots now: its determination once determined, nothing once withdrawn. */
    long commitment() {
        return withdrawn ? 0 : determined >= 0 ? determined : granted;
    }

    /** What this grant takes from each pot now. */
    long[] committedParts() {
        return pots.length == 1 ? new long[] {commitment()} : Apportion.split(commitment(), grantedParts);
    }

    /** Takes this grant's current figures out of its pots' totals; call before changing the figures. */
    void retract(LedgerState state) {
        addToPots(state, -1);
    }

    /** Adds this grant's current figures to its pots' totals; call after changing the figures. */
    void contribute(LedgerState state) {
        addToPots(state, 1);
        state.touched(this);
    }

    /**
     * Every per-pot part is a function of the grant's figures, so retracting recomputes the parts
     * that contributing added, and nothing per pot needs storing.
     */
    private void addToPots(LedgerState state, long sign) {
        long[][] parts = parts();
        long[][] totals = totals(state);
        for (int k = 0; k < FIGURES; k++) {
            for (int i = 0; i < pots.length; i++) {
                totals[k][pots[i]] += sign * parts[k][i];
            }
        }
    }

    /** The pot totals a grant contributes to, in the order of {@link #parts()}. */
    private static long[][] totals(LedgerState state) {
        return new long[][] {state.granted, state.advanced, state.determined, state.reclaimable, state.reclaimed};
    }

    private static final int FIGURES = 5;

    /**
     * Per figure (committed, advanced, determined, reclaimable, reclaimed), what this grant adds
     * to each of its pots. A single-pot grant's parts are its figures, without any splitting.
     */
    private long[][] parts() {
        long determinedOrZero = Math.max(determined, 0);
        if (pots.length == 1) {
            return new long[][] {{commitment()}, {advanced}, {determinedOrZero}, {reclaimable()}, {reclaimed}};
        }
        long[] committed = withdrawn ? new long[pots.length] : Apportion.split(commitment(), grantedParts);
        // The figures nest (granted ≥ advanced ≥ reclaimable ≥ reclaimed), and each is split by the
        // parts of the one above it, so no pot carries more of a figure than of the one it is part
        // of: splitting each by the grant's parts alone can give a pot a cent more of the smaller
        // figure (the Alabama paradox of largest remainder).
        long[] advancedParts = Apportion.split(advanced, grantedParts);
        long[] determinedParts = Apportion.split(determinedOrZero, grantedParts);
        long[] reclaimableParts = Apportion.splitWithin(reclaimable(), advancedParts);
        long[] reclaimedParts = Apportion.splitWithin(reclaimed, reclaimableParts);
        return new long[][] {committed, advancedParts, determinedParts, reclaimableParts, reclaimedParts};
    }

    /**
     * The first pot (index) one of whose totals would leave the long range if this grant's
     * figures became {@code after}'s; -1 when every total fits.
     */
    int overflowingPot(LedgerState state, GrantState after) {
        long[][] before = parts();
        long[][] then = after.parts();
        long[][] totals = totals(state);
        for (int i = 0; i < pots.length; i++) {
            for (int k = 0; k < FIGURES; k++) {
                try {
                    Math.addExact(totals[k][pots[i]] - before[k][i], then[k][i]);
                } catch (ArithmeticException e) {
                    return pots[i];
                }
            }
        }
        return -1;
    }

    /** The same figures, detached from later postings (the immutable parts are shared). */
    GrantState copy() {
        GrantState copy = new GrantState(initiativeId, title, grantedOn, funding, pots, weights, granted);
        copy.advanced = advanced;
        copy.determined = determined;
        copy.reclaimed = reclaimed;
        copy.withdrawn = withdrawn;
        copy.grantedParts = grantedParts;
        return copy;
    }

    GrantView view(LedgerState state) {
        return view(state.potIds);
    }

    GrantView view(String[] potIds) {
        Map<String, Money> parts;
        if (pots.length == 1) {
            parts = Map.of(potIds[pots[0]], Money.ofCents(commitment()));
        } else {
            long[] committedParts = committedParts();
            parts = new LinkedHashMap<>();
            for (int i = 0; i < pots.length; i++) {
                parts.put(potIds[pots[i]], Money.ofCents(committedParts[i]));
            }
            parts = Collections.unmodifiableMap(parts);
        }
        return new GrantView(initiativeId, title, grantedOn, status(), funding, Money.ofCents(granted), Money.ofCents(advanced),
            determined < 0 ? Optional.empty() : Optional.of(Money.ofCents(determined)),
            Money.ofCents(reclaimable()), Money.ofCents(reclaimed), parts);
    }
}
