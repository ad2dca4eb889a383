package nl.sociaaldomein.atelier.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.call.AboveMaximum;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.ImmutableCall;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * A municipality's thresholds, in the style of Micrometer's registry configs: one abstract method
 * reads a value by key, and every threshold is a {@code default} method over it. Any source of
 * text values is a {@code Thresholds} in one line, e.g. {@code Thresholds t = properties::getProperty;}.
 *
 * <p>{@link #validate()} checks every key at once and names each failing one; the profile loader
 * refuses a profile whose thresholds do not validate, so code that gets a {@code Thresholds}
 * from the injector can call the accessors without checking.
 */
@FunctionalInterface
public interface Thresholds {

    /**
     * The text value of a full key such as {@code thresholds.max-per-initiative}, or null when not set.
     *
     * @param key the full key, {@link #prefix()} included
     * @return the value as written, or null
     */
    String get(String key);

    /**
     * The prefix of every key.
     *
     * @return {@code thresholds} unless overridden
     */
    default String prefix() {
        return "thresholds";
    }

    /**
     * The largest amount granted to one initiative ({@code max-per-initiative}).
     *
     * @return the maximum, exact in euro cents
     * @throws IllegalStateException when the threshold is not set or not valid (call {@link #check()} first)
     */
    default Money maxPerInitiative() {
        return (Money) value(ThresholdKey.MAX_PER_INITIATIVE);
    }

    /**
     * The smallest amount granted to one initiative; zero when the municipality sets none.
     *
     * @return the minimum, exact in euro cents
     * @throws IllegalStateException when the threshold is not set or not valid (call {@link #check()} first)
     */
    default Money minPerInitiative() {
        return (Money) value(ThresholdKey.MIN_PER_INITIATIVE);
    }

    /**
     * What happens to a request above {@link #maxPerInitiative()}; {@code refuse} unless the profile says otherwise.
     *
     * @return refuse the initiative, or let it compete for at most the maximum
     * @throws IllegalStateException when the threshold is not set or not valid (call {@link #check()} first)
     */
    default AboveMaximum aboveMaximum() {
        return (AboveMaximum) value(ThresholdKey.ABOVE_MAXIMUM);
    }

    /**
     * The call as this municipality runs it, by one rule: the maximum per initiative is the lower of
     * the call's maximum and {@code max-per-initiative}, the minimum the higher of the call's minimum
     * and {@code min-per-initiative} (the stricter limit wins, whichever document sets it), and a
     * request above that maximum is treated as {@code above-maximum} says. A call whose reconciled
     * minimum exceeds its maximum does not validate, so such a round does not open.
     *
     * @param call the call as published
     * @return a copy of the call with the reconciled maximum, minimum and above-maximum rule
     */
    default Call applyTo(Call call) {
        Money maximum = call.maximumAmount().isGreaterThan(maxPerInitiative()) ? maxPerInitiative() : call.maximumAmount();
        Money minimum = call.minimumAmount().isLessThan(minPerInitiative()) ? minPerInitiative() : call.minimumAmount();
        return ImmutableCall.copyOf(call).withMaximumAmount(maximum).withMinimumAmount(minimum).withAboveMaximum(aboveMaximum());
    }

    /**
     * Whether what initiatives still being worked out ask for is held back from allocation.
     *
     * @return true when pending requests are reserved
     * @throws IllegalStateException when the threshold is not set or not valid (call {@link #check()} first)
     */
    default boolean reserveForPending() {
        return (Boolean) value(ThresholdKey.RESERVE_FOR_PENDING);
    }

    /**
     * The share of a budget, in whole percent, kept for ideas that come in later in the year.
     *
     * @return the percentage, 0 to 100
     * @throws IllegalStateException when the threshold is not set or not valid (call {@link #check()} first)
     */
    default int reserveForLaterPercent() {
        return (Integer) value(ThresholdKey.RESERVE_FOR_LATER_PERCENT);
    }

    /**
     * How much accounting a grant needs by its size; empty when the municipality sets no tiers.
     *
     * @return the accountability tiers
     * @throws IllegalStateException when the threshold is not set or not valid (call {@link #check()} first)
     */
    @SuppressWarnings("unchecked")
    default List<AccountabilityTier> accountabilityTiers() {
        return (List<AccountabilityTier>) value(ThresholdKey.ACCOUNTABILITY_TIERS);
    }

    /**
     * The full key of a threshold, e.g. {@code thresholds.max-per-initiative}.
     *
     * @param key the threshold
     * @return {@link #prefix()}, a dot and the threshold's short key
     */
    default String fullKey(ThresholdKey key) {
        return prefix() + "." + key.key();
    }

    /**
     * The text value of a threshold: the one set, or the library default, or null.
     *
     * @param key the threshold
     * @return the value as written, or null when neither set nor defaulted
     */
    default String textOf(ThresholdKey key) {
        String set = get(fullKey(key));
        return set != null ? set : key.defaultValue().orElse(null);
    }

    /**
     * These thresholds, or every problem at once as the library's {@link Problem}: placed at the
     * threshold ({@code threshold 'thresholds.max-per-initiative'}), in Dutch and English, with the
     * code {@code threshold.not-set} for a threshold without a value, the value's own code from
     * {@link ThresholdKey#parse} ({@code threshold.*}, {@code money.*}), and
     * {@code threshold.maximum-not-positive} or {@code threshold.minimum-above-maximum} for the
     * checks across keys. The same checks as {@link #validate()}.
     *
     * @return these thresholds, or every problem found
     */
    default Result<Thresholds> check() {
        List<Problem> problems = new ArrayList<>();
        for (ThresholdKey key : ThresholdKey.values()) {
            String text = textOf(key);
            Place at = Place.about("threshold", fullKey(key));
            if (text == null) {
                problems.add(Problem.invalid("threshold.not-set", at, "verplicht, niet ingesteld (" + key.description() + ")",
                    "required, not set (" + key.description() + ")"));
            } else {
                key.parse(text).problems().forEach(problem -> problems.add(new Problem(problem.code(), problem.kind(), at, problem.message())));
            }
        }
        if (isValid(ThresholdKey.MAX_PER_INITIATIVE)) {
            if (!maxPerInitiative().isPositive()) {
                problems.add(Problem.invalid("threshold.maximum-not-positive", Place.about("threshold", fullKey(ThresholdKey.MAX_PER_INITIATIVE)),
                    "moet meer dan nul zijn", "must be more than zero"));
            } else if (isValid(ThresholdKey.MIN_PER_INITIATIVE) && minPerInitiative().isGreaterThan(maxPerInitiative())) {
                String max = MoneyFormat.toPlain(maxPerInitiative());
                String min = MoneyFormat.toPlain(minPerInitiative());
                problems.add(Problem.invalid("threshold.minimum-above-maximum", Place.about("threshold", fullKey(ThresholdKey.MIN_PER_INITIATIVE)),
                    "mag niet meer zijn dan " + ThresholdKey.MAX_PER_INITIATIVE.key() + " (" + max + "), is " + min,
                    "must not be more than " + ThresholdKey.MAX_PER_INITIATIVE.key() + " (" + max + "), is " + min));
            }
        }
        return Result.of(problems, () -> this);
    }

    /**
     * Every problem of {@link #check()}, each naming its key, in English (the wording of a
     * profile's loading errors, which an integrator reads); empty when all thresholds are valid.
     *
     * @return each problem with the full key it is about
     */
    default List<ThresholdProblem> validate() {
        return check().problems().stream()
            .map(problem -> new ThresholdProblem(problem.place().subject("threshold").orElseThrow(), problem.message(Locale.ENGLISH)))
            .toList();
    }

    /**
     * Thresholds from values by short key ({@code max-per-initiative}); keys not listed take their defaults.
     *
     * @param valuesByShortKey the values as written, by key without the {@code thresholds.} prefix
     * @return the thresholds (not yet checked: call {@link #check()})
     */
    static Thresholds of(Map<String, String> valuesByShortKey) {
        Map<String, String> values = Map.copyOf(valuesByShortKey);
        return key -> key.startsWith("thresholds.") ? values.get(key.substring("thresholds.".length())) : null;
    }

    private boolean isValid(ThresholdKey key) {
        String text = textOf(key);
        return text != null && key.parse(text).isOk();
    }

    private Object value(ThresholdKey key) {
        String text = textOf(key);
        if (text == null) {
            throw new IllegalStateException(fullKey(key) + ": required, not set; call validate() first");
        }
        Result<Object> parsed = key.parse(text);
        if (parsed.isFailed()) {
            throw new IllegalStateException(fullKey(key) + ": " + parsed.problems().get(0).message(Locale.ENGLISH) + "; call validate() first");
        }
        return parsed.orElseThrow();
    }
}
