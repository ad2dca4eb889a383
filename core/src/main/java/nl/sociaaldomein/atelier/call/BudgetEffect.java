package nl.sociaaldomein.atelier.call;

import java.util.Map;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.money.Money;

/**
 * What a decision does to the budget: amounts granted and amounts reserved, per pot id. This is
 * what a later step posts to the ledger; the call package never posts anything itself.
 *
 * @param granted  amounts granted, by pot id
 * @param reserved amounts reserved, by pot id
 */
public record BudgetEffect(Map<String, Money> granted, Map<String, Money> reserved) {

    /** No money granted or reserved. */
    public static final BudgetEffect NONE = new BudgetEffect(Map.of(), Map.of());

    /**
     * Keeps copies and checks that no amount is negative.
     *
     * @param granted  amounts granted, by pot id
     * @param reserved amounts reserved, by pot id
     * @throws IllegalArgumentException when an amount is negative
     */
    public BudgetEffect {
        granted = Map.copyOf(granted);
        reserved = Map.copyOf(reserved);
        for (Money amount : granted.values()) {
            requireNotNegative(amount);
        }
        for (Money amount : reserved.values()) {
            requireNotNegative(amount);
        }
    }

    /**
     * A grant from one pot.
     *
     * @param potId  the pot
     * @param amount the amount granted
     * @return the effect
     */
    public static BudgetEffect grant(String potId, Money amount) {
        return new BudgetEffect(Map.of(potId, amount), Map.of());
    }

    /**
     * A reservation in one pot.
     *
     * @param potId  the pot
     * @param amount the amount reserved
     * @return the effect
     */
    public static BudgetEffect reserve(String potId, Money amount) {
        return new BudgetEffect(Map.of(), Map.of(potId, amount));
    }

    /** {@return what is granted, all pots together} */
    public Money grantedTotal() {
        return Money.sum(granted.values());
    }

    /** {@return what is reserved, all pots together} */
    public Money reservedTotal() {
        return Money.sum(reserved.values());
    }

    /**
     * Granted plus reserved from one pot: what the decision takes from that pot's available amount.
     *
     * @param potId the pot
     * @return the claim; zero for a pot not touched
     */
    public Money claimOn(String potId) {
        return granted.getOrDefault(potId, Money.ZERO).plus(reserved.getOrDefault(potId, Money.ZERO));
    }

    /** {@return whether nothing is granted or reserved} */
    public boolean isNone() {
        return granted.isEmpty() && reserved.isEmpty();
    }

    /**
     * Both effects together, per pot.
     *
     * @param other the other effect
     * @return the sum per pot
     */
    public BudgetEffect plus(BudgetEffect other) {
        return new BudgetEffect(add(granted, other.granted), add(reserved, other.reserved));
    }

    /** {@return the amounts granted, by pot id in sorted order, for text and comparison} */
    public Map<String, Money> grantedSorted() {
        return new TreeMap<>(granted);
    }

    /** {@return the amounts reserved, by pot id in sorted order, for text and comparison} */
    public Map<String, Money> reservedSorted() {
        return new TreeMap<>(reserved);
    }

    private static Map<String, Money> add(Map<String, Money> a, Map<String, Money> b) {
        Map<String, Money> sum = new TreeMap<>(a);
        b.forEach((pot, amount) -> sum.merge(pot, amount, Money::plus));
        return sum;
    }

    private static void requireNotNegative(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a budget effect cannot be negative: " + amount);
        }
    }
}
