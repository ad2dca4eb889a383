package nl.sociaaldomein.atelier.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount over shares by the largest-remainder (Hamilton) method.
 *
 * <p>Each part first gets the whole cents of its exact share; the cents left over go one by one
 * to the parts with the largest remainders, ties to the earlier part. So the parts always add up
 * to the whole exactly, and no part differs from its exact share by a whole cent or more.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Splits {@code total} in proportion to {@code weights}.
     *
     * @param total   the amount to split, in cents
     * @param weights one weight per part, none negative, not all zero
     * @return one part per weight, in the same order; the parts add up to {@code total} exactly
     * @throws IllegalArgumentException when there are no weights, a weight is negative, or all are zero
     */
    public static List<Money> split(Money total, long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("cannot split an amount over no shares");
        }
        BigInteger weightSum = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("share " + (i + 1) + " has a negative weight: " + weights[i]);
            }
            weightSum = weightSum.add(BigInteger.valueOf(weights[i]));
        }
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("cannot split an amount over shares that all weigh zero");
        }
        // Split the magnitude and give the sign back at the end, so rounding is symmetric.
        BigInteger magnitude = BigInteger.valueOf(total.cents()).abs();
        // BigInteger parts: the magnitude of Long.MIN_VALUE cents does not fit in a long.
        BigInteger[] parts = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = magnitude.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(weightSum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            assigned = assigned.add(qr[0]);
        }
        int leftover = magnitude.subtract(assigned).intValueExact(); // fewer than weights.length cents
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
            .thenComparing(i -> i));
        for (int k = 0; k < leftover; k++) {
            parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (BigInteger part : parts) {
            result.add(Money.ofCents((total.isNegative() ? part.negate() : part).longValueExact()));
        }
        return List.copyOf(result);
    }

    /**
     * Splits {@code total} into {@code count} parts that differ by at most one cent.
     *
     * @param total the amount to split
     * @param count the number of parts, at least 1
     * @return the parts, those a cent larger first; they add up to {@code total} exactly
     */
    public static List<Money> splitEvenly(Money total, int count) {
        long[] weights = new long[count];
        Arrays.fill(weights, 1);
        return split(total, weights);
    }
}
