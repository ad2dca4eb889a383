package nl.sociaaldomein.atelier.budget;

import java.util.List;
import nl.sociaaldomein.atelier.money.LargestRemainder;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Splits a grant's figures over its funding pots. Every figure of a grant (advanced, determined,
 * ...) is at most the grant, and is split by the grant's own parts: a largest-remainder part is
 * its exact share rounded down or up, and since the exact share of an amount not above the grant
 * is at most the pot's part, no pot ever carries more of a figure than of the grant.
 */
final class Apportion {

    private Apportion() {
    }

    /**
     * Splits a figure that is part of another (at most it) by that other figure's parts, so that
     * no part exceeds the other's; a zero figure is all zeros, even when the other is zero too.
     */
    static long[] splitWithin(long totalCents, long[] outerParts) {
        return totalCents == 0 ? new long[outerParts.length] : split(totalCents, outerParts);
    }

    static long[] split(long totalCents, long[] weights) {
        if (weights.length == 1) {
            return new long[] {totalCents};
        }
        List<Money> parts = LargestRemainder.split(Money.ofCents(totalCents), weights);
        long[] out = new long[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parts.get(i).cents();
        }
        return out;
    }
}
