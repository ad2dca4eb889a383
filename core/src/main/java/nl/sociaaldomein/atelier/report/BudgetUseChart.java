package nl.sociaaldomein.atelier.report;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.money.Money;

/**
 * How much of each pot is used: one stacked bar per pot of granted, reserved and remaining.
 * Groningen 2016: a pot of € 1.000.000 of which € 887.685 granted and the rest partly reserved
 * (000_54832993d59957fc.txt: "€ 887.685").
 *
 * @param pots one bar per pot, in the order shown
 */
public record BudgetUseChart(List<Pot> pots) implements Chart {

    /**
     * Keeps a copy of the pots.
     *
     * @param pots one bar per pot, in the order shown
     */
    public BudgetUseChart {
        pots = List.copyOf(pots);
    }

    /**
     * A chart of these pots.
     *
     * @param pots the pots, in the order shown
     * @return the chart
     */
    public static BudgetUseChart of(Pot... pots) {
        return new BudgetUseChart(List.of(pots));
    }

    /**
     * One pot: its ceiling and what is granted and reserved against it. {@link #remaining()} is
     * negative when more is committed than the ceiling allows; charts show that overrun in red.
     *
     * @param name     the pot's name
     * @param ceiling  its ceiling (subsidieplafond)
     * @param granted  what is granted from it
     * @param reserved what is reserved in it
     */
    public record Pot(String name, Money ceiling, Money granted, Money reserved) {

        /**
         * Checks the name and that no amount is negative.
         *
         * @param name     the pot's name
         * @param ceiling  its ceiling (subsidieplafond)
         * @param granted  what is granted from it
         * @param reserved what is reserved in it
         * @throws IllegalArgumentException when an amount is negative
         */
        public Pot {
            Objects.requireNonNull(name, "name");
            requireNotNegative(ceiling, "ceiling", name);
            requireNotNegative(granted, "granted", name);
            requireNotNegative(reserved, "reserved", name);
        }

        /** {@return ceiling minus granted minus reserved; negative when the pot is overcommitted} */
        public Money remaining() {
            return ceiling.minus(granted).minus(reserved);
        }

        /** {@return granted plus reserved: what is spoken for} */
        public Money committed() {
            return granted.plus(reserved);
        }

        private static void requireNotNegative(Money amount, String what, String pot) {
            Objects.requireNonNull(amount, what);
            if (amount.isNegative()) {
                throw new IllegalArgumentException("pot " + pot + ": " + what + " must not be negative: " + amount);
            }
        }
    }
}
