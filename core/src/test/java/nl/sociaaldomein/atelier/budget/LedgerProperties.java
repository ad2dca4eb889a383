package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Stateful;
import org.junit.jupiter.api.Test;

/** The six ledger invariants (docs/budgets.md) under generated sequences and amounts. */
class LedgerProperties {

    @Test
    void theLedgerAgreesWithTheNaiveModelAndKeepsEveryInvariant() {
        LedgerSpec spec = new LedgerSpec();
        Stateful.named("bitemporal budget ledger against a naive re-summing model").steps(100, 50).check(spec);

        // The generator must reach the paths that matter, not just pass (asserted on full-length runs).
        var tally = spec.tally;
        if (!Settings.fullRun()) {
            return;
        }
        assertThat(tally.fraction("over the ceiling")).as("%s", tally).isGreaterThan(0.05);
        assertThat(tally.fraction("pot exactly full")).as("%s", tally).isGreaterThan(0.02);
        assertThat(tally.fraction("rejected")).as("%s", tally).isBetween(0.15, 0.8);
        assertThat(tally.fraction("accepted")).as("%s", tally).isGreaterThan(0.15);
        assertThat(tally.fraction("duplicate accepted")).as("%s", tally).isGreaterThan(0.03);
        assertThat(tally.count("rejected EXISTS_WITH_DIFFERENT_FIELDS")).as("%s", tally).isPositive();
        assertThat(tally.fraction("transfer")).as("%s", tally).isGreaterThan(0.05);
        assertThat(tally.fraction("late accepted")).as("%s", tally).isGreaterThan(0.01);
        assertThat(tally.fraction("late refused")).as("%s", tally).isGreaterThan(0.01);
        // Both ways a late entry is decided: on the day totals (additions), and by a replay; and additions the day totals send on.
        assertThat(tally.fraction("late added on the day totals")).as("%s", tally).isGreaterThan(0.003);
        assertThat(tally.fraction("late replayed")).as("%s", tally).isGreaterThan(0.003);
        assertThat(tally.count("late addition sent to the replay")).as("%s", tally).isPositive();
        assertThat(tally.fraction("batch accepted")).as("%s", tally).isGreaterThan(0.002);
        assertThat(tally.fraction("batch refused")).as("%s", tally).isGreaterThan(0.01);
        assertThat(tally.count("as-of known at")).as("%s", tally).isPositive();
        assertThat(tally.count("rebuilt")).as("%s", tally).isPositive();
        // Overflow, batch-id and contention refusals need amounts or writers the generator does not make: example tests cover them.
        Set<RejectionKind> notGenerated = EnumSet.of(RejectionKind.TOTAL_TOO_LARGE, RejectionKind.BATCH_ID_TAKEN,
            RejectionKind.JOURNAL_CONTENDED);
        for (RejectionKind kind : EnumSet.complementOf(EnumSet.copyOf(notGenerated))) {
            assertThat(tally.count("rejected " + kind)).as("rejections of kind %s in %s", kind, tally).isPositive();
        }
    }

    @Test
    void grantSplitsOverPotsSumExactly() {
        Property.named("a multi-pot grant's parts sum to the grant")
            .forAll(Gen.longs(1, 1_000_000_000_000L), Gen.lists(Gen.longs(0, 1_000), 1, 6, 3))
            .check(Property.pair((cents, weights) -> {
                if (weights.stream().allMatch(w -> w == 0)) {
                    return;
                }
                long[] parts = Apportion.split(cents, weights.stream().mapToLong(Long::longValue).toArray());
                assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(cents);
            }));
    }

    @Test
    void aFigureSplitByTheGrantsPartsNeverExceedsAPart() {
        Property.named("apportioning an amount up to the grant keeps every pot within its part")
            .forAll(Gen.lists(Gen.longs(0, 1_000_000), 1, 6, 3), Gen.longs(0, 1_000))
            .check(Property.pair((partsList, permille) -> {
                long[] parts = partsList.stream().mapToLong(Long::longValue).toArray();
                long total = java.util.Arrays.stream(parts).sum();
                if (total == 0) {
                    return;
                }
                long amount = Math.multiplyExact(total, permille) / 1_000;
                long[] split = Apportion.split(amount, parts);
                assertThat(java.util.Arrays.stream(split).sum()).isEqualTo(amount);
                for (int i = 0; i < parts.length; i++) {
                    assertThat(split[i]).as("pot %d of %s", i, Money.ofCents(amount)).isBetween(0L, parts[i]);
                }
            }));
    }
}
