package nl.sociaaldomein.atelier.call;

import java.util.Objects;
import nl.sociaaldomein.atelier.money.Money;

/**
 * What a pot holds as the ledger sees it before an allocation: its ceiling (subsidieplafond),
 * what is already granted and what is reserved. Allocation never spends more than
 * {@link #available()}.
 *
 * @param potId    the pot
 * @param ceiling  its own ceiling (subsidieplafond), less what it passed on to child pots
 * @param granted  what is granted from it
 * @param reserved what is reserved in it
 */
public record PotBalance(String potId, Money ceiling, Money granted, Money reserved) {

    /**
     * Checks that no component is missing.
     *
     * @param potId    the pot
     * @param ceiling  its own ceiling (subsidieplafond), less what it passed on to child pots
     * @param granted  what is granted from it
     * @param reserved what is reserved in it
     */
    public PotBalance {
        Objects.requireNonNull(potId, "potId");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(reserved, "reserved");
    }

    /**
     * A pot with nothing granted or reserved yet.
     *
     * @param potId   the pot
     * @param ceiling its ceiling
     * @return the balance
     */
    public static PotBalance fresh(String potId, Money ceiling) {
        return new PotBalance(potId, ceiling, Money.ZERO, Money.ZERO);
    }

    /** {@return ceiling minus granted minus reserved; never below zero} */
    public Money available() {
        return ceiling.minus(granted).minus(reserved).atLeastZero();
    }
}
