package nl.sociaaldomein.atelier.money;

import java.io.Serializable;
import java.math.BigInteger;
import java.util.Locale;

/**
 * An exact amount of euros, held as a whole number of cents in a {@code long}.
 *
 * <p>There is no {@code double} anywhere on this path: every operation is exact, and one that
 * would leave the range of a {@code long} throws {@link MoneyOverflowException} instead of
 * silently wrapping. Amounts may be negative (a difference, a correction); whether a negative
 * amount is allowed is for the domain that uses it to decide.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    /** No money: € 0. */
    public static final Money ZERO = new Money(0);

    /** The largest amount there is: € 92.233.720.368.547.758,07, the most cents a {@code long} holds. */
    public static final Money MAX = new Money(Long.MAX_VALUE);

    /** The amount in euro cents; negative for a debit or a shortfall. */
    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    /**
     * An amount given in cents: {@code ofCents(88768500)} is € 887.685.
     *
     * @param cents the amount in euro cents
     * @return the amount
     */
    public static Money ofCents(long cents) {
        return cents == 0 ? ZERO : new Money(cents);
    }

    /**
     * An amount of whole euros: {@code ofEuros(887_685)} is € 887.685.
     *
     * @param euros the amount in whole euros
     * @return the amount
     * @throws MoneyOverflowException when the amount in cents does not fit in a {@code long}
     */
    public static Money ofEuros(long euros) {
        try {
            return ofCents(Math.multiplyExact(euros, 100L));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException(String.format(Locale.forLanguageTag("nl-NL"), "€ %,d", euros) + " is too large to hold in cents");
        }
    }

    /** {@return the amount in euro cents} */
    public long cents() {
        return cents;
    }

    /**
     * The exact sum.
     *
     * @param other the amount to add
     * @return this plus {@code other}
     * @throws MoneyOverflowException when the sum does not fit in a {@code long} of cents
     */
    public Money plus(Money other) {
        try {
            return ofCents(Math.addExact(cents, other.cents));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("adding " + other + " to " + this + " leaves the range of the amount type");
        }
    }

    /**
     * The exact difference.
     *
     * @param other the amount to subtract
     * @return this minus {@code other}
     * @throws MoneyOverflowException when the difference does not fit in a {@code long} of cents
     */
    public Money minus(Money other) {
        try {
            return ofCents(Math.subtractExact(cents, other.cents));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("subtracting " + other + " from " + this + " leaves the range of the amount type");
        }
    }

    /**
     * The exact product.
     *
     * @param factor the whole number to multiply by
     * @return this times {@code factor}
     * @throws MoneyOverflowException when the product does not fit in a {@code long} of cents
     */
    public Money times(long factor) {
        try {
            return ofCents(Math.multiplyExact(cents, factor));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("multiplying " + this + " by " + factor + " leaves the range of the amount type");
        }
    }

    /**
     * {@code numerator / denominator} of this amount, rounded towards zero, computed without an
     * intermediate overflow: 10% of € 92.233.720.368.547.758,07 is an amount, even though the
     * amount times 10 is not. Throws only when the result itself does not fit.
     *
     * @param numerator   the fraction's numerator
     * @param denominator the fraction's denominator, not zero
     * @return the fraction of this amount, rounded towards zero to a cent
     * @throws MoneyOverflowException when the result does not fit in a {@code long} of cents
     */
    public Money timesFraction(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("a fraction with denominator 0");
        }
        BigInteger exact = BigInteger.valueOf(cents).multiply(BigInteger.valueOf(numerator)).divide(BigInteger.valueOf(denominator));
        if (exact.bitLength() >= Long.SIZE) {
            throw new MoneyOverflowException(numerator + "/" + denominator + " of " + this + " leaves the range of the amount type");
        }
        return ofCents(exact.longValue());
    }

    /**
     * The same amount with the other sign.
     *
     * @return minus this amount
     * @throws MoneyOverflowException for the smallest amount, whose negation does not fit
     */
    public Money negate() {
        if (cents == Long.MIN_VALUE) {
            throw new MoneyOverflowException("cannot negate " + this);
        }
        return ofCents(-cents);
    }

    /**
     * The amount without its sign.
     *
     * @return this amount when not negative, else its negation
     * @throws MoneyOverflowException for the smallest amount, whose negation does not fit
     */
    public Money abs() {
        return cents < 0 ? negate() : this;
    }

    /** {@return the larger of this and zero: "what is left, if anything"} */
    public Money atLeastZero() {
        return cents < 0 ? ZERO : this;
    }

    /** {@return whether the amount is exactly zero} */
    public boolean isZero() {
        return cents == 0;
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return cents < 0;
    }

    /** {@return whether the amount is above zero} */
    public boolean isPositive() {
        return cents > 0;
    }

    /**
     * Whether this amount is more than {@code other}.
     *
     * @param other the amount to compare with
     * @return true when this is strictly greater
     */
    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    /**
     * Whether this amount is less than {@code other}.
     *
     * @param other the amount to compare with
     * @return true when this is strictly less
     */
    public boolean isLessThan(Money other) {
        return cents < other.cents;
    }

    /**
     * The smaller of two amounts.
     *
     * @param a one amount
     * @param b the other amount
     * @return {@code a} or {@code b}, whichever is less
     */
    public static Money min(Money a, Money b) {
        return a.cents <= b.cents ? a : b;
    }

    /**
     * The larger of two amounts.
     *
     * @param a one amount
     * @param b the other amount
     * @return {@code a} or {@code b}, whichever is more
     */
    public static Money max(Money a, Money b) {
        return a.cents >= b.cents ? a : b;
    }

    /**
     * The exact sum; an empty sequence sums to zero.
     *
     * @param amounts the amounts to add
     * @return their sum
     * @throws MoneyOverflowException when the sum does not fit in a {@code long} of cents
     */
    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money && ((Money) o).cents == cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    /** The nl-NL form as the sources write it, e.g. {@code € 887.685} or {@code € 12.000,50}. */
    @Override
    public String toString() {
        return MoneyFormat.DUTCH.format(this);
    }
}
