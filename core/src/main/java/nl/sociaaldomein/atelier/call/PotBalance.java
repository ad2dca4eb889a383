package nl.sociaaldomein.atelier.call;

import java.util.Objects;
import nl.sociaaldomein.atelier.money.Money;

/**
 * What a pot holds as the ledger sees it before an allocation: its ceiling (subsidieplafond),
 * what is already granted and what is reserved. Allocation never spends more than
 * {@link #available()}.
 */
public record PotBalance(String potId, Money ceiling, Money granted, Money reserved) {

    public PotBalance {
        Objects.requireNonNull(potId, "potId");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(reserved, "reserved");
    }

    /** A pot with nothing granted or reserved yet. */
    public static PotBalance fresh(String potId, Money ceiling) {
        return new PotBalance(potId, ceiling, Money.ZERO, Money.ZERO);
    }

    /** Ceiling minus granted minus reserved; never below zero. */
    public Money available() {
        return ceiling.minus(granted).minus(reserved).atLeastZero();
    }
}
