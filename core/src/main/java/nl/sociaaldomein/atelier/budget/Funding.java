package nl.sociaaldomein.atelier.budget;

import java.util.Objects;

/**
 * One pot's share in funding a grant. A grant paid from several budgets (participatie, Wmo,
 * armoede, ...) is split over its pots by these weights with the largest-remainder method, so the
 * parts always add up to the grant.
 *
 * @param potId  the pot that pays this share
 * @param weight the share's weight relative to the grant's other pots
 */
public record Funding(String potId, long weight) {

    /**
     * Checks that the pot is given.
     *
     * @param potId  the pot that pays this share
     * @param weight the share's weight relative to the grant's other pots
     */
    public Funding {
        Objects.requireNonNull(potId, "potId");
    }

    /**
     * The whole grant from one pot.
     *
     * @param potId the pot that pays the whole grant
     * @return the funding, with weight 1
     */
    public static Funding of(String potId) {
        return new Funding(potId, 1);
    }
}
