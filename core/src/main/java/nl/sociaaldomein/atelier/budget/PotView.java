package nl.sociaaldomein.atelier.budget;

import nl.sociaaldomein.atelier.money.Money;

/**
 * A pot at one moment. {@code granted} counts each grant at its current amount, or at its final
 * determination once determined (the difference is free again); a withdrawn grant counts zero.
 * {@code remaining} = ceiling − allocated to child pots − granted − reserved, never negative.
 * Figures of grants funded from several pots are apportioned over the pots by the grant's parts.
 */
public record PotView(String id, String name, Money ceiling, Money allocatedToChildren, Money reserved,
                      Money granted, Money advanced, Money determined, Money reclaimable, Money reclaimed,
                      Money remaining) {

    /** {@return what is still to be reclaimed: reclaimable minus already reclaimed} */
    public Money outstandingReclaim() {
        return reclaimable.minus(reclaimed);
    }
}
