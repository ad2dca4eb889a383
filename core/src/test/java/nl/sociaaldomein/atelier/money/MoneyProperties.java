package nl.sociaaldomein.atelier.money;

import static nl.sociaaldomein.atelier.testkit.Gen.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.function.LongBinaryOperator;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

class MoneyProperties {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Any amount, with the edges of the range and everyday amounts over-represented. */
    private static final Gen<Money> ANY = Gen.frequency(List.of(
        weighted(3, Gen.longs(-1_000_000_00L, 1_000_000_00L)),
        weighted(3, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE)),
        weighted(1, Gen.oneOf(0L, 1L, -1L, 99L, 100L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1))))
        .map(Money::ofCents);

    /** Amounts small enough that sums of three never overflow. */
    private static final Gen<Money> MODERATE = Gen.longs(-(1L << 61), 1L << 61).map(Money::ofCents);

    @Test
    void additionIsAssociativeAndCommutative() {
        Property.named("(a + b) + c = a + (b + c)")
            .forAll(Gen.lists(MODERATE, 3, 3, 0))
            .check(m -> assertThat(m.get(0).plus(m.get(1)).plus(m.get(2))).isEqualTo(m.get(0).plus(m.get(1).plus(m.get(2)))));
        Property.named("a + b = b + a, or both overflow")
            .forAll(ANY, ANY)
            .check(Property.pair((a, b) -> assertThat(outcome(() -> a.plus(b))).isEqualTo(outcome(() -> b.plus(a)))));
    }

    @Test
    void aFractionOfAnAmountIsExactAndFitsWhenTheFractionIsAtMostOne() {
        Property.named("a × n / d = exact quotient towards zero; no overflow when |n| <= |d|")
            .forAll(ANY, Gen.combine(Gen.longs(-1_000, 1_000), Gen.longs(1, 1_000), (n, d) -> new long[] {n, d}))
            .check(Property.pair((a, fraction) -> {
                BigInteger exact = BigInteger.valueOf(a.cents()).multiply(BigInteger.valueOf(fraction[0]))
                    .divide(BigInteger.valueOf(fraction[1]));
                if (Math.abs(fraction[0]) <= fraction[1] && a.cents() != Long.MIN_VALUE) {
                    assertThat(a.timesFraction(fraction[0], fraction[1]).cents()).isEqualTo(exact.longValueExact());
                } else if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
                    assertThatThrownBy(() -> a.timesFraction(fraction[0], fraction[1])).isInstanceOf(MoneyOverflowException.class);
                } else {
                    assertThat(a.timesFraction(fraction[0], fraction[1]).cents()).isEqualTo(exact.longValueExact());
                }
            }));
    }

    @Test
    void subtractingUndoesAdding() {
        Property.named("(a + b) - b = a")
            .forAll(MODERATE, MODERATE)
            .check(Property.pair((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a)));
    }

    @Test
    void overflowIsDetectedAndNeverWraps() {
        Property.named("plus, minus and times agree with exact arithmetic or throw")
            .forAll(ANY, ANY)
            .check(Property.pair((a, b) -> {
                agreesWithExact(a, b, () -> a.plus(b), BigInteger::add, Math::addExact);
                agreesWithExact(a, b, () -> a.minus(b), BigInteger::subtract, Math::subtractExact);
                long factor = b.cents() % 1000;
                agreesWithExact(a, Money.ofCents(factor), () -> a.times(factor), BigInteger::multiply, Math::multiplyExact);
            }));
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1))).isInstanceOf(MoneyOverflowException.class);
        assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).negate()).isInstanceOf(MoneyOverflowException.class);
    }

    @Test
    void formattedAmountsParseBackToTheSameAmount() {
        Property.named("parseDutch(DUTCH.format(m)) = m and parsePlain(toPlain(m)) = m")
            .forAll(ANY)
            .check(m -> {
                assertThat(MoneyFormat.parseDutch(MoneyFormat.DUTCH.format(m)).orElseThrow()).isEqualTo(m);
                assertThat(MoneyFormat.parsePlain(MoneyFormat.toPlain(m)).orElseThrow()).isEqualTo(m);
            });
    }

    @Test
    void largestRemainderSumsExactlyAndStaysWithinACentOfEachExactShare() {
        Gen<Long> weight = Gen.frequency(List.of(weighted(4, Gen.longs(0, 1000)), weighted(1, Gen.longs(0, Long.MAX_VALUE))));
        // The first weight is positive, so that the weights never all weigh zero.
        Gen<List<Long>> weights = Gen.combine(Gen.longs(1, Long.MAX_VALUE), Gen.lists(weight, 0, 29, 5), (first, rest) -> {
            List<Long> all = new java.util.ArrayList<>(rest);
            all.add(0, first);
            return all;
        });
        Property.named("split sums to the whole; |part - exact share| < 1 cent")
            .forAll(ANY, weights)
            .check(Property.pair((total, w) -> {
                long[] array = w.stream().mapToLong(Long::longValue).toArray();
                List<Money> parts = LargestRemainder.split(total, array);
                assertThat(parts).hasSize(array.length);
                assertThat(exactSum(parts)).isEqualTo(BigInteger.valueOf(total.cents()));
                BigInteger weightSum = w.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
                for (int i = 0; i < array.length; i++) {
                    // part - total * w / W, scaled by W to stay in whole numbers
                    BigInteger scaledError = BigInteger.valueOf(parts.get(i).cents()).multiply(weightSum)
                        .subtract(BigInteger.valueOf(total.cents()).multiply(BigInteger.valueOf(array[i])));
                    assertThat(scaledError.abs()).as("share %d", i).isLessThan(weightSum);
                }
            }));
    }

    @Test
    void splittingEvenlyGivesPartsThatDifferByAtMostOneCent() {
        Property.named("splitEvenly: parts sum to the whole and differ by at most one cent")
            .forAll(ANY, Gen.ints(1, 200))
            .check(Property.pair((total, count) -> {
                List<Money> parts = LargestRemainder.splitEvenly(total, count);
                assertThat(parts).hasSize(count);
                assertThat(exactSum(parts)).isEqualTo(BigInteger.valueOf(total.cents()));
                long max = parts.stream().mapToLong(Money::cents).max().orElseThrow();
                long min = parts.stream().mapToLong(Money::cents).min().orElseThrow();
                assertThat(max - min).isBetween(0L, 1L);
            }));
    }

    private static void agreesWithExact(Money a, Money b, java.util.function.Supplier<Money> operation,
            java.util.function.BinaryOperator<BigInteger> exact, LongBinaryOperator mathExact) {
        BigInteger expected = exact.apply(BigInteger.valueOf(a.cents()), BigInteger.valueOf(b.cents()));
        boolean fits = expected.compareTo(LONG_MIN) >= 0 && expected.compareTo(LONG_MAX) <= 0;
        if (fits) {
            assertThat(operation.get().cents()).isEqualTo(expected.longValueExact())
                .isEqualTo(mathExact.applyAsLong(a.cents(), b.cents()));
        } else {
            assertThatThrownBy(operation::get).isInstanceOf(MoneyOverflowException.class);
        }
    }

    /** The sum as a BigInteger, so that summing cannot itself overflow. */
    private static BigInteger exactSum(List<Money> parts) {
        return parts.stream().map(m -> BigInteger.valueOf(m.cents())).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** The result of an operation or the name of what it threw, to compare two operations. */
    private static Object outcome(java.util.function.Supplier<Money> operation) {
        try {
            return operation.get();
        } catch (MoneyOverflowException e) {
            return "overflow";
        }
    }
}
