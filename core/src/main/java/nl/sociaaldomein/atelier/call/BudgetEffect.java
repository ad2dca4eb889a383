package nl.sociaaldomein.atelier.call;

import java.util.Map;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.money.Money;

/**
 * What a decision does to the budget: amounts granted and amounts reserved, per pot id. This is
 * what a later step posts to the ledger; the call package never posts anything itself.
 */
public record BudgetEffect(Map<String, Money> granted, Map<String, Money> reserved) {

    public static final BudgetEffect NONE = new BudgetEffect(Map.of(), Map.of());

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

    public static BudgetEffect grant(String potId, Money amount) {
        return new BudgetEffect(Map.of(potId, amount), Map.of());
    }

    public static BudgetEffect reserve(String potId, Money amount) {
        return new BudgetEffect(Map.of(), Map.of(potId, amount));
    }

    public Money grantedTotal() {
        return Money.sum(granted.values());
    }

    public Money reservedTotal() {
        return Money.sum(reserved.values());
    }

    /** Granted plus reserved from one pot: what the decision takes from that pot's available amount. */
    public Money claimOn(String potId) {
        return granted.getOrDefault(potId, Money.ZERO).plus(reserved.getOrDefault(potId, Money.ZERO));
    }

    public boolean isNone() {
        return granted.isEmpty() && reserved.isEmpty();
    }

    /** Both effects together, per pot. */
    public BudgetEffect plus(BudgetEffect other) {
        return new BudgetEffect(add(granted, other.granted), add(reserved, other.reserved));
    }

    /** Pot ids in a stable (sorted) order, for text and comparison. */
    public Map<String, Money> grantedSorted() {
        return new TreeMap<>(granted);
    }

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
