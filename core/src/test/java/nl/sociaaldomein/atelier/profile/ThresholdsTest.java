package nl.sociaaldomein.atelier.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void anyTextSourceIsThresholdsInOneLine() {
        Properties properties = new Properties();
        properties.setProperty("thresholds.max-per-initiative", "25000");
        properties.setProperty("thresholds.accountability-tiers", "5000:none, 125000:activity-report, *:financial-report");
        Thresholds thresholds = properties::getProperty;

        assertThat(thresholds.validate()).isEmpty();
        assertThat(thresholds.maxPerInitiative()).isEqualTo(Money.ofEuros(25_000));
        assertThat(thresholds.minPerInitiative()).isEqualTo(Money.ZERO);
        assertThat(thresholds.reserveForPending()).isFalse();
        assertThat(thresholds.accountabilityTiers()).extracting(AccountabilityTier::level)
            .containsExactly("none", "activity-report", "financial-report");
    }

    @Test
    void validationNamesEveryFailingKeyAtOnce() {
        Thresholds thresholds = Thresholds.of(Map.of(
            "min-per-initiative", "-5",
            "reserve-for-pending", "ja",
            "reserve-for-later-percent", "ten",
            "accountability-tiers", "*:none, 5000:activity-report"));

        assertThat(thresholds.validate()).extracting(ThresholdProblem::toString).containsExactly(
            "thresholds.max-per-initiative: required, not set (the largest amount granted to one initiative, in euros)",
            "thresholds.min-per-initiative: amount must not be negative: -5",
            "thresholds.reserve-for-pending: expected true or false, found 'ja'",
            "thresholds.reserve-for-later-percent: expected a whole percentage from 0 to 100, found 'ten'",
            "thresholds.accountability-tiers: only the last tier may be open-ended (*), not '*:none'");
    }

    @Test
    void checkGivesEveryFailingKeyAsACodedProblemInDutchAndEnglish() {
        Thresholds thresholds = Thresholds.of(Map.of(
            "min-per-initiative", "-5",
            "reserve-for-pending", "ja"));

        List<Problem> problems = thresholds.check().problems();

        assertThat(problems).extracting(Problem::code).containsExactly("threshold.not-set", "threshold.negative-amount", "threshold.not-yes-or-no");
        assertThat(problems).extracting(p -> p.place().subject("threshold").orElseThrow())
            .containsExactly("thresholds.max-per-initiative", "thresholds.min-per-initiative", "thresholds.reserve-for-pending");
        assertThat(problems.get(2).message(Locale.ENGLISH)).isEqualTo("expected true or false, found 'ja'");
        assertThat(problems.get(2).message(Locale.forLanguageTag("nl-NL"))).isEqualTo("verwacht true of false, gevonden 'ja'");
        assertThat(problems).allSatisfy(p -> assertThat(p.message().nl()).isNotEqualTo(p.message().en()));
        assertThat(Thresholds.of(Map.of("max-per-initiative", "1000", "min-per-initiative", "2000")).check().problems())
            .singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("threshold.minimum-above-maximum");
                assertThat(p.message(Locale.forLanguageTag("nl-NL"))).isEqualTo("mag niet meer zijn dan max-per-initiative (1000), is 2000");
            });
        assertThat(Thresholds.of(Map.of("max-per-initiative", "25000")).check().isOk()).isTrue();
    }

    @Test
    void aMaximumOfZeroIsRefused() {
        assertThat(Thresholds.of(Map.of("max-per-initiative", "0")).validate())
            .containsExactly(new ThresholdProblem("thresholds.max-per-initiative", "must be more than zero"));
    }

    @Test
    void anAccessorOnAnInvalidValueSaysToValidateFirst() {
        Thresholds thresholds = Thresholds.of(Map.of("max-per-initiative", "lots"));
        assertThatThrownBy(thresholds::maxPerInitiative).isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("thresholds.max-per-initiative: ").hasMessageEndingWith("; call validate() first");
    }

    @Test
    void tiersMustRiseAndAnAmountFallsInTheFirstTierThatHoldsIt() {
        assertThat(AccountabilityTier.parseAll("5000:none, 5000:activity-report").problems().get(0).message(java.util.Locale.ENGLISH))
            .isEqualTo("tier bounds must rise: 5000 comes after 5000");
        List<AccountabilityTier> tiers = AccountabilityTier.parseAll("5000:none, *:activity-report").orElseThrow();
        assertThat(AccountabilityTier.forAmount(tiers, Money.ofEuros(5_000)).map(AccountabilityTier::level)).hasValue("none");
        assertThat(AccountabilityTier.forAmount(tiers, Money.ofCents(500_001)).map(AccountabilityTier::level))
            .hasValue("activity-report");
        List<AccountabilityTier> bounded = AccountabilityTier.parseAll("5000:none").orElseThrow();
        assertThat(AccountabilityTier.forAmount(bounded, Money.ofEuros(6_000))).isEqualTo(Optional.empty());
    }

    @Test
    void aThresholdValueThatDoesNotFitIsACodedProblemAtTheThresholdInDutchAndEnglish() {
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl-NL");
        assertThat(ThresholdKey.RESERVE_FOR_LATER_PERCENT.parse("50").orElseThrow()).isEqualTo(50);
        assertThat(ThresholdKey.RESERVE_FOR_LATER_PERCENT.parse("150").problems()).extracting(p -> p.code()).containsExactly("threshold.not-a-percentage");
        assertThat(ThresholdKey.MAX_PER_INITIATIVE.parse("-5").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("threshold.negative-amount");
            assertThat(problem.place().subject("threshold")).contains("max-per-initiative");
            assertThat(problem.message(dutch)).isEqualTo("bedrag mag niet negatief zijn: -5");
            assertThat(problem.message(java.util.Locale.ENGLISH)).isEqualTo("amount must not be negative: -5");
        });
        // An amount's own problem keeps its code, placed at the threshold.
        assertThat(ThresholdKey.MAX_PER_INITIATIVE.parse("lots").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("money.not-an-amount");
            assertThat(problem.place().subject("threshold")).contains("max-per-initiative");
        });
        assertThat(AccountabilityTier.parseAll("5000:none, 5000:activity-report").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("threshold.tiers-not-rising");
            assertThat(problem.message(dutch)).isEqualTo("de grenzen van de treden moeten oplopen: 5000 komt na 5000");
        });
        assertThat(AccountabilityTier.parseAll("5000:none, 5x:report").problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("threshold.tier-amount");
            assertThat(problem.message(java.util.Locale.ENGLISH)).startsWith("tier '5x:report': not an amount in euros: '5x'");
            assertThat(problem.message(dutch)).startsWith("trede '5x:report': geen bedrag in euro's: '5x'");
        });
    }
}
