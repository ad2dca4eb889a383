package nl.sociaaldomein.atelier.budget;

import java.util.Objects;

/**
 * One pot's share in funding a grant. A grant paid from several budgets (participatie, Wmo,
 * armoede, ...) is split over its pots by these weights with the largest-remainder method, so the
 * parts always add up to the grant.
 */
public record Funding(String potId, long weight) {

    public Funding {
        Objects.requireNonNull(potId, "potId");
    }

    /** The whole grant from one pot. */
    public static Funding of(String potId) {
        return new Funding(potId, 1);
    }
}
