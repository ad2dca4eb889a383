package nl.sociaaldomein.atelier.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {

    @Test
    void passingPropertyRunsEveryTry() {
        int ran = Property.named("abs is non-negative").tries(200)
            .forAll(Gen.longs(-1000, 1000))
            .check(x -> assertThat(Math.abs(x)).isNotNegative());
        assertThat(ran).isEqualTo(200);
    }

    @Test
    void failingNumberShrinksToTheSmallestCounterexample() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
            Property.named("small numbers").tries(1000)
                .forAll(Gen.longs(0, 1_000_000))
                .check(x -> assertThat(x).isLessThan(1234)));
        assertThat(failure.smallestCase()).isEqualTo(1234L);
        assertThat(failure.getMessage()).contains("-Datelier.seed=" + failure.seed());
    }

    @Test
    void negativeNumbersShrinkTowardZeroToo() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
            Property.named("not very negative").tries(1000)
                .forAll(Gen.longs(-1_000_000, 1_000_000))
                .check(x -> assertThat(x).isGreaterThan(-500)));
        assertThat(failure.smallestCase()).isEqualTo(-500L);
    }

    @Test
    void failingListShrinksByRemovingElements() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
            Property.named("no list holds a big number").tries(1000)
                .forAll(Gen.lists(Gen.longs(0, 1000), 0, 50, 20))
                .check(xs -> assertThat(xs).allMatch(x -> x < 900)));
        assertThat(failure.smallestCase()).isEqualTo(List.of(900L));
    }

    @Test
    void aPrintedSeedReplaysTheSameCase() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () ->
            Property.named("even").tries(1000).forAll(Gen.longs(0, 1_000_000)).check(x -> assertThat(x % 7).isNotZero()));
        String old = System.getProperty("atelier.seed");
        System.setProperty("atelier.seed", Long.toString(failure.seed()));
        try {
            List<Long> seen = new ArrayList<>();
            assertThatThrownBy(() -> Property.named("even").forAll(Gen.longs(0, 1_000_000)).check(x -> {
                seen.add(x);
                assertThat(x % 7).isNotZero();
            })).isInstanceOf(PropertyFailure.class);
            assertThat(seen.get(0) % 7).isZero();
        } finally {
            if (old == null) {
                System.clearProperty("atelier.seed");
            } else {
                System.setProperty("atelier.seed", old);
            }
        }
    }

    @Test
    void frequencyAndOneOfStayWithinTheirOptions() {
        Tally tally = new Tally();
        Property.named("frequency").tries(2000)
            .forAll(Gen.frequency(List.of(Gen.weighted(3, Gen.constant("a")), Gen.weighted(1, Gen.constant("b")))))
            .check(x -> tally.add(x));
        assertThat(tally.fraction("a")).isBetween(0.65, 0.85);
        assertThat(tally.count("a") + tally.count("b")).isEqualTo(2000);
    }
}
