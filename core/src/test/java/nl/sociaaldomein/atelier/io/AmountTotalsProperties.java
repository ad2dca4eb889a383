package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.ScoreCombinations;
import nl.sociaaldomein.atelier.call.CommitteePolicy;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.testkit.Tally;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;
import nl.sociaaldomein.atelier.io.support.Amounts;

/**
 * Every amount may be as large as {@link Money#MAX}, and their sums must still be amounts: the
 * requests a report totals, the ceilings a budget view totals, the grants and reservations a
 * round adds up per pot. A file whose amounts add up beyond {@code MAX} is refused at the amount
 * that takes the total past it; a file that is read runs without any sum overflowing.
 */
class AmountTotalsProperties {

    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** Small, large and near-maximal amounts in cents, so that sums cross the maximum often but not always. */
    private static final Gen<Long> CENTS = Gen.frequency(List.of(
        Gen.weighted(4, Gen.longs(1, 100_000_000)),
        Gen.weighted(1, Gen.longs(Long.MAX_VALUE / 3, Long.MAX_VALUE / 2)),
        Gen.weighted(1, Gen.longs(Long.MAX_VALUE - 1_000, Long.MAX_VALUE))));

    private static final CriteriaFramework FRAMEWORK = CriteriaFramework.of("kader", Text.of("Kader", "Framework"),
        List.of(Criterion.scored("need", Text.of("Nodig", "Needed"), new Scale(0, 1), 1)), Optional.empty(), 0,
        ScoreCombinations.CONSENSUS).orElseThrow();

    /** The amounts of one generated round file. */
    record Amounts(List<Long> requested, List<Long> granted, List<Long> reserved, List<Long> ceilings) {
    }

    private static final Gen<Amounts> AMOUNTS = Gen.combine(
        Gen.combine(Gen.lists(CENTS, 1, 4, 1), Gen.lists(CENTS, 0, 3, 1), (r, g) -> List.of(r, g)),
        Gen.combine(Gen.lists(CENTS, 0, 3, 1), Gen.lists(CENTS, 1, 3, 1), (s, c) -> List.of(s, c)),
        (a, b) -> new Amounts(a.get(0), a.get(1).subList(0, Math.min(a.get(1).size(), a.get(0).size())), b.get(0), b.get(1)));

    @Test
    void aSumBeyondTheMaximumIsAProblemAtTheAmountThatCrossesItAndNothingElseOverflows() {
        Tally tally = new Tally();
        Property.named("sums of a round file's amounts are checked where they are read")
            .forAll(AMOUNTS)
            .check(amounts -> {
                Result<RoundPlan> read = RoundFileReader.read("r.yaml",
                    roundFile(amounts).getBytes(StandardCharsets.UTF_8), InputFormat.YAML, Optional.empty());
                List<String> expected = new ArrayList<>();
                crossing(amounts.requested()).ifPresent(i -> expected.add("/portfolio/initiatives/" + i + "/requestedAmount"));
                crossing(amounts.ceilings()).ifPresent(i -> expected.add("/budget/pots/" + i + "/ceiling"));
                List<Long> decided = new ArrayList<>(amounts.granted());
                decided.addAll(amounts.reserved());
                crossing(decided).ifPresent(i -> expected.add(i < amounts.granted().size()
                    ? "/decisions/outcomes/" + i + "/amount" : "/decisions/reservations/" + (i - amounts.granted().size()) + "/amount"));
                if (expected.isEmpty()) {
                    tally.add("within range");
                    assertThat(read.isOk()).as("problems %s", read.problems()).isTrue();
                    // Running it may be refused (a grant above the pot), but every sum it takes is an amount: no exception.
                    RoundWorkflow.run(read.orElseThrow(), FRAMEWORK, new CommitteePolicy(List.of()));
                } else {
                    tally.add("beyond range");
                    assertThat(read.problems()).extracting((Problem p) -> p.place().path()).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(read.problems()).allSatisfy(p -> assertThat(p.message(Locale.ENGLISH))
                        .contains("add up to more than € 92.233.720.368.547.758,07"));
                }
            });
        if (Settings.fullRun()) {
            assertThat(tally.count("within range")).isPositive();
            assertThat(tally.count("beyond range")).isPositive();
        }
    }

    /** The first index at which the running total exceeds the maximum, if any. */
    private static Optional<Integer> crossing(List<Long> cents) {
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < cents.size(); i++) {
            total = total.add(BigInteger.valueOf(cents.get(i)));
            if (total.compareTo(MAX) > 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String amount(long cents) {
        return MoneyFormat.toPlain(Money.ofCents(cents));
    }

    private static String roundFile(Amounts a) {
        StringBuilder y = new StringBuilder("""
            format: atelier-round/1
            portfolio:
              municipality: {name: Voorbeeld, cbsCode: GM9999}
              initiatives:
            """);
        for (int i = 0; i < a.requested().size(); i++) {
            y.append("    - {id: i").append(i).append(", title: T, applicant: {kind: natural-person, name: P}, requestedAmount: ")
                .append(amount(a.requested().get(i))).append("}\n");
        }
        y.append("budget:\n  pots:\n");
        for (int i = 0; i < a.ceilings().size(); i++) {
            y.append("    - {id: p").append(i).append(", name: Pot, ceiling: ").append(amount(a.ceilings().get(i))).append(", period: 2017}\n");
        }
        y.append("""
            call: {id: c, name: Ronde, pot: p0, framework: kader, maximumAmount: 92233720368547758.07}
            decisions:
              date: 30-04-2017
              decidedBy: {nl: commissie}
              outcomes:
            """);
        for (int i = 0; i < a.granted().size(); i++) {
            y.append("    - {initiative: i").append(i).append(", decision: granted, amount: ").append(amount(a.granted().get(i))).append("}\n");
        }
        if (a.granted().isEmpty()) {
            y.append("    []\n");
        }
        if (!a.reserved().isEmpty()) {
            y.append("  reservations:\n");
            for (int i = 0; i < a.reserved().size(); i++) {
                y.append("    - {id: r").append(i).append(", amount: ").append(amount(a.reserved().get(i))).append(", purpose: later}\n");
            }
        }
        return y.toString();
    }
}
