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

    public static final Money ZERO = new Money(0);

    /** The largest amount there is: € 92.233.720.368.547.758,07, the most cents a {@code long} holds. */
    public static final Money MAX = new Money(Long.MAX_VALUE);

    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    /** An amount given in cents: {@code ofCents(88768500)} is € 887.685. */
    public static Money ofCents(long cents) {
        return cents == 0 ? ZERO : new Money(cents);
    }

    /** An amount of whole euros: {@code ofEuros(887_685)} is € 887.685. */
    public static Money ofEuros(long euros) {
        try {
            return ofCents(Math.multiplyExact(euros, 100L));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException(String.format(Locale.forLanguageTag("nl-NL"), "€ %,d", euros) + " is too large to hold in cents");
        }
    }

    public long cents() {
        return cents;
    }

    public Money plus(Money other) {
        try {
            return ofCents(Math.addExact(cents, other.cents));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("adding " + other + " to " + this + " leaves the range of the amount type");
        }
    }

    public Money minus(Money other) {
        try {
            return ofCents(Math.subtractExact(cents, other.cents));
        } catch (ArithmeticException e) {
            throw new MoneyOverflowException("subtracting " + other + " from " + this + " leaves the range of the amount type");
        }
    }

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

    public Money negate() {
        if (cents == Long.MIN_VALUE) {
            throw new MoneyOverflowException("cannot negate " + this);
        }
        return ofCents(-cents);
    }

    public Money abs() {
        return cents < 0 ? negate() : this;
    }

    /** {@return the larger of this and zero: "what is left, if anything"} */
    public Money atLeastZero() {
        return cents < 0 ? ZERO : this;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    public boolean isLessThan(Money other) {
        return cents < other.cents;
    }

    public static Money min(Money a, Money b) {
        return a.cents <= b.cents ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.cents >= b.cents ? a : b;
    }

    /** The exact sum; an empty sequence sums to zero. */
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
