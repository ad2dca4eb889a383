package nl.sociaaldomein.atelier.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * How much accounting a grant needs, by its size: e.g. up to € 5.000 none, up to € 125.000 an
 * activity report, above that financial accounts. A municipality sets its own tiers (none of the
 * three shipped profiles' sources gives any).
 *
 * @param upTo  the largest grant in this tier, inclusive; empty for the last, open tier
 * @param level a kebab-case name for what is asked, e.g. {@code activity-report}
 */
public record AccountabilityTier(Optional<Money> upTo, String level) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Checks the tier.
     *
     * @param upTo  the largest amount in the tier; empty for the last tier, without a bound
     * @param level the accountability asked, lower-case words joined by hyphens
     * @throws IllegalArgumentException when the level has another form
     */
    public AccountabilityTier {
        Objects.requireNonNull(upTo, "upTo");
        if (level == null || !KEBAB.matcher(level).matches()) {
            throw new IllegalArgumentException("a tier's level must be lower-case words joined by hyphens, not '" + level + "'");
        }
    }

    /**
     * Reads the text form {@code "5000:none, 125000:activity-report, *:financial-report"}: bounds
     * in euros, strictly rising, and {@code *} (no bound) only for the last tier. Blank means no tiers.
     *
     * @param text the tiers' text form
     * @return the tiers in order, or the problems
     */
    public static Result<List<AccountabilityTier>> parseAll(String text) {
        if (text.isBlank()) {
            return Result.ok(List.of());
        }
        List<AccountabilityTier> tiers = new ArrayList<>();
        String[] entries = text.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                return invalid("threshold.tier-form", "trede '" + entry + "' heeft de vorm grens:niveau nodig, bijvoorbeeld 5000:none",
                    "tier '" + entry + "' needs the form bound:level, e.g. 5000:none");
            }
            String bound = entry.substring(0, colon).strip();
            String level = entry.substring(colon + 1).strip();
            if (!KEBAB.matcher(level).matches()) {
                return invalid("threshold.tier-level",
                    "het niveau van een trede is een of meer kleine woorden met koppeltekens, niet '" + level + "'",
                    "tier level must be lower-case words joined by hyphens, not '" + level + "'");
            }
            if (bound.equals("*")) {
                if (i != entries.length - 1) {
                    return invalid("threshold.tier-open-ended", "alleen de laatste trede mag onbegrensd zijn (*), niet '" + entry + "'",
                        "only the last tier may be open-ended (*), not '" + entry + "'");
                }
                tiers.add(new AccountabilityTier(Optional.empty(), level));
                continue;
            }
            Result<Money> amount = MoneyFormat.parsePlain(bound);
            if (amount.isFailed()) {
                Text why = amount.problems().get(0).message();
                return invalid("threshold.tier-amount", "trede '" + entry + "': " + why.nl(), "tier '" + entry + "': " + why.en());
            }
            Optional<Money> previous = tiers.isEmpty() ? Optional.empty() : tiers.get(tiers.size() - 1).upTo();
            if (previous.isPresent() && !amount.orElseThrow().isGreaterThan(previous.get())) {
                return invalid("threshold.tiers-not-rising",
                    "de grenzen van de treden moeten oplopen: " + bound + " komt na " + MoneyFormat.toPlain(previous.get()),
                    "tier bounds must rise: " + bound + " comes after " + MoneyFormat.toPlain(previous.get()));
            }
            tiers.add(new AccountabilityTier(Optional.of(amount.orElseThrow()), level));
        }
        return Result.ok(List.copyOf(tiers));
    }

    private static Result<List<AccountabilityTier>> invalid(String code, String nl, String en) {
        return Result.failed(Problem.invalid(code, Place.NOWHERE, nl, en));
    }

    /**
     * The tier an amount falls in, if the tiers cover it.
     *
     * @param tiers  the tiers, in rising order
     * @param amount the amount granted
     * @return the first tier whose bound is at least the amount, or empty
     */
    public static Optional<AccountabilityTier> forAmount(List<AccountabilityTier> tiers, Money amount) {
        return tiers.stream().filter(t -> t.upTo().map(bound -> !amount.isGreaterThan(bound)).orElse(true)).findFirst();
    }
}
