package nl.sociaaldomein.atelier.profile;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

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

    public AccountabilityTier {
        Objects.requireNonNull(upTo, "upTo");
        if (level == null || !KEBAB.matcher(level).matches()) {
            throw new IllegalArgumentException("a tier's level must be lower-case words joined by hyphens, not '" + level + "'");
        }
    }

    /**
     * Reads the text form {@code "5000:none, 125000:activity-report, *:financial-report"}: bounds
     * in euros, strictly rising, and {@code *} (no bound) only for the last tier. Blank means no tiers.
     */
    public static Either<String, List<AccountabilityTier>> parseAll(String text) {
        if (text.isBlank()) {
            return Either.right(List.of());
        }
        List<AccountabilityTier> tiers = new ArrayList<>();
        String[] entries = text.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                return Either.left("tier '" + entry + "' needs the form bound:level, e.g. 5000:none");
            }
            String bound = entry.substring(0, colon).strip();
            String level = entry.substring(colon + 1).strip();
            if (!KEBAB.matcher(level).matches()) {
                return Either.left("tier level must be lower-case words joined by hyphens, not '" + level + "'");
            }
            if (bound.equals("*")) {
                if (i != entries.length - 1) {
                    return Either.left("only the last tier may be open-ended (*), not '" + entry + "'");
                }
                tiers.add(new AccountabilityTier(Optional.empty(), level));
                continue;
            }
            Either<String, Money> amount = MoneyFormat.parsePlain(bound);
            if (amount.isLeft()) {
                return Either.left("tier '" + entry + "': " + amount.getLeft());
            }
            Optional<Money> previous = tiers.isEmpty() ? Optional.empty() : tiers.get(tiers.size() - 1).upTo();
            if (previous.isPresent() && !amount.get().isGreaterThan(previous.get())) {
                return Either.left("tier bounds must rise: " + bound + " comes after " + MoneyFormat.toPlain(previous.get()));
            }
            tiers.add(new AccountabilityTier(Optional.of(amount.get()), level));
        }
        return Either.right(List.copyOf(tiers));
    }

    /** The tier an amount falls in, if the tiers cover it. */
    public static Optional<AccountabilityTier> forAmount(List<AccountabilityTier> tiers, Money amount) {
        return tiers.stream().filter(t -> t.upTo().map(bound -> !amount.isGreaterThan(bound)).orElse(true)).findFirst();
    }
}
