package nl.sociaaldomein.atelier.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

class ThresholdsProperties {

    @Test
    void minAndMaxAreValidExactlyWhenZeroMinMaxAndMaxIsPositive() {
        Gen<Long> cents = Gen.longs(0, 100_000_000L);
        Property.named("min and max validate iff 0 <= min <= max and max > 0")
            .forAll(cents, cents)
            .check(Property.pair((min, max) -> {
                Thresholds thresholds = Thresholds.of(Map.of(
                    "min-per-initiative", MoneyFormat.toPlain(Money.ofCents(min)),
                    "max-per-initiative", MoneyFormat.toPlain(Money.ofCents(max))));
                assertThat(thresholds.validate().isEmpty()).isEqualTo(min <= max && max > 0);
                if (thresholds.validate().isEmpty()) {
                    assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ofCents(min));
                    assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofCents(max));
                }
            }));
    }

    @Test
    void anOverrideWinsForItsKeyAndLeavesTheOthers() {
        Gen<Long> euros = Gen.longs(1, 10_000_000L);
        Property.named("override wins only where it is set")
            .forAll(euros, euros)
            .check(Property.pair((profileMax, overrideMax) -> {
                Thresholds merged = ThresholdOverrides.of(Map.of(ThresholdKey.MAX_PER_INITIATIVE, String.valueOf(overrideMax)))
                    .over(Map.of(ThresholdKey.MAX_PER_INITIATIVE, String.valueOf(profileMax),
                        ThresholdKey.RESERVE_FOR_PENDING, "true"));
                assertThat(merged.maxPerInitiative()).isEqualTo(Money.ofEuros(overrideMax));
                assertThat(merged.reserveForPending()).isTrue();
            }));
    }
}
