package nl.sociaaldomein.atelier.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.AboveMaximum;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Every threshold a profile can set, with its value kind and library default. The key's text
 * ({@link #key()}) is what override files and {@link Thresholds#get(String)} use, after the
 * prefix {@code thresholds.}. A new threshold is a new constant here plus a {@code default}
 * accessor on {@link Thresholds}.
 */
public enum ThresholdKey {

    /** {@code max-per-initiative}: the largest amount granted to one initiative; no default, every profile sets it. */
    MAX_PER_INITIATIVE("max-per-initiative", Kind.MONEY, null,
        "the largest amount granted to one initiative, in euros"),
    /** {@code min-per-initiative}: the smallest amount granted to one initiative; 0 by default. */
    MIN_PER_INITIATIVE("min-per-initiative", Kind.MONEY, "0",
        "the smallest amount granted to one initiative, in euros"),
    /** {@code above-maximum}: what happens to a request above the maximum per initiative; {@code refuse} by default. */
    ABOVE_MAXIMUM("above-maximum", Kind.ABOVE_MAXIMUM, "refuse",
        "what happens to a request above the maximum per initiative: refuse (rejected) or grant-maximum (granted at most the maximum)"),
    /** {@code reserve-for-pending}: whether requests of initiatives still being worked out are held back; {@code false} by default. */
    RESERVE_FOR_PENDING("reserve-for-pending", Kind.YES_NO, "false",
        "whether the amount asked by initiatives still being worked out is held back"),
    /** {@code reserve-for-later-percent}: the share of a budget kept for later ideas, in whole percent; 0 by default. */
    RESERVE_FOR_LATER_PERCENT("reserve-for-later-percent", Kind.PERCENT, "0",
        "the share of a budget, in whole percent, kept for ideas that come in later in the year"),
    /** {@code accountability-tiers}: how much accounting a grant needs by its size; none by default. */
    ACCOUNTABILITY_TIERS("accountability-tiers", Kind.TIERS, "",
        "how much accounting a grant needs by its size, e.g. \"5000:none, *:activity-report\"");

    /** The kinds of value a threshold holds, each with its text form. */
    public enum Kind {
        /** Euros in the plain form {@code 25000} or {@code 12000.50}; never negative. */
        MONEY,
        /** {@code true} or {@code false}. */
        YES_NO,
        /** A whole number from 0 to 100. */
        PERCENT,
        /** The text form of {@link AccountabilityTier#parseAll(String)}. */
        TIERS,
        /** {@code refuse} or {@code grant-maximum}: an {@link AboveMaximum}. */
        ABOVE_MAXIMUM
    }

    private final String key;
    private final Kind kind;
    private final String defaultValue;
    private final String description;

    ThresholdKey(String key, Kind kind, String defaultValue, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /**
     * The short key, as written in override files after {@code thresholds.}.
     *
     * @return the short key, e.g. {@code max-per-initiative}
     */
    public String key() {
        return key;
    }

    /**
     * The kind of value this threshold holds, which says how its text is read.
     *
     * @return the value kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The library's default, or empty when the profile must set the value itself.
     *
     * @return the default value as text
     */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * What the threshold means, in English, for messages about it (e.g. a threshold not set).
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The threshold with this short key.
     *
     * @param key the short key, without {@code thresholds.}
     * @return the threshold; empty for a key the library does not know
     */
    public static Optional<ThresholdKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /**
     * Every short key, in declaration order (for listing the known keys in a message).
     *
     * @return the short keys
     */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ThresholdKey::key).toList();
    }

    /**
     * Reads a value of this key's kind from its text, or the problem saying what is wrong with it,
     * in Dutch and English, placed at the threshold ({@code threshold 'max-per-initiative'}):
     * {@code threshold.negative-amount}, {@code threshold.not-yes-or-no},
     * {@code threshold.not-a-percentage}, {@code threshold.unknown-choice}, the tiers' problems
     * ({@link AccountabilityTier#parseAll}) or an amount's ({@code money.*}, {@link MoneyFormat#parsePlain}).
     *
     * @param text the value as written (surrounding white space is ignored)
     * @return the value: a {@link Money}, {@link Boolean}, {@link Integer}, {@link AboveMaximum} or
     *         list of {@link AccountabilityTier}s by {@link #kind()}; or the problem
     */
    public Result<Object> parse(String text) {
        String value = text.strip();
        return parseValue(value).mapProblems(problem -> new Problem(problem.code(), problem.kind(), Place.about("threshold", key),
            problem.message()));
    }

    private Result<Object> parseValue(String value) {
        switch (kind) {
            case MONEY:
                return MoneyFormat.parsePlain(value).flatMap(m -> m.isNegative()
                    ? invalid("threshold.negative-amount", "bedrag mag niet negatief zijn: " + value, "amount must not be negative: " + value)
                    : Result.<Object>ok(m));
            case YES_NO:
                if (value.equals("true") || value.equals("false")) {
                    return Result.ok(Boolean.valueOf(value));
                }
                return invalid("threshold.not-yes-or-no", "verwacht true of false, gevonden '" + value + "'",
                    "expected true or false, found '" + value + "'");
            case PERCENT:
                try {
                    int percent = Integer.parseInt(value);
                    if (percent >= 0 && percent <= 100) {
                        return Result.ok(percent);
                    }
                } catch (NumberFormatException e) {
                    // reported below, with the value
                }
                return invalid("threshold.not-a-percentage", "verwacht een heel percentage van 0 tot en met 100, gevonden '" + value + "'",
                    "expected a whole percentage from 0 to 100, found '" + value + "'");
            case ABOVE_MAXIMUM:
                return AboveMaximum.byCode(value).<Result<Object>>map(Result::ok)
                    .orElseGet(() -> invalid("threshold.unknown-choice", "verwacht refuse of grant-maximum, gevonden '" + value + "'",
                        "expected refuse or grant-maximum, found '" + value + "'"));
            case TIERS:
            default:
                return AccountabilityTier.parseAll(value).map(tiers -> (Object) tiers);
        }
    }

    private static Result<Object> invalid(String code, String nl, String en) {
        return Result.failed(Problem.invalid(code, Place.NOWHERE, nl, en));
    }
}
