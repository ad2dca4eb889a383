package nl.sociaaldomein.atelier.assessment;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/**
 * The automatic rules the sources ask for: Hoogeveen's "hoogte van het (maximale)
 * subsidiebedrag" (002_9515f7258e93469e.txt) gives the amount limits; who may apply and which
 * themes a call is about come from the call itself.
 */
public final class AutomaticRules {

    private AutomaticRules() {
    }

    /**
     * The requested amount lies between the call's minimum and maximum (inclusive).
     *
     * @return the rule {@code amount-within-limits}
     */
    public static AutomaticRule amountWithinLimits() {
        return new Named("amount-within-limits", (initiative, conditions) -> {
            Money requested = initiative.requestedAmount().orElse(Money.ZERO);
            String nl = MoneyFormat.DUTCH.format(requested);
            String en = MoneyFormat.ENGLISH.format(requested);
            if (requested.isLessThan(conditions.minimumAmount())) {
                return RuleVerdict.fail(
                    "gevraagd " + nl + " is minder dan het minimum van " + MoneyFormat.DUTCH.format(conditions.minimumAmount()),
                    "requested " + en + " is below the minimum of " + MoneyFormat.ENGLISH.format(conditions.minimumAmount()));
            }
            if (requested.isGreaterThan(conditions.maximumAmount())) {
                return RuleVerdict.fail(
                    "gevraagd " + nl + " is meer dan het maximum van " + MoneyFormat.DUTCH.format(conditions.maximumAmount()),
                    "requested " + en + " is above the maximum of " + MoneyFormat.ENGLISH.format(conditions.maximumAmount()));
            }
            return RuleVerdict.pass("gevraagd " + nl + " valt binnen de grenzen van de oproep",
                "requested " + en + " is within the call's limits");
        });
    }

    /**
     * The applicant is of a kind the call accepts (every kind, when the call names none).
     *
     * @return the rule {@code applicant-kind-allowed}
     */
    public static AutomaticRule applicantKindAllowed() {
        return new Named("applicant-kind-allowed", (initiative, conditions) -> {
            String kind = initiative.applicant().kindCode();
            if (conditions.applicantKinds().isEmpty() || conditions.applicantKinds().contains(kind)) {
                return RuleVerdict.pass("aanvrager (" + kind + ") mag meedoen", "applicant (" + kind + ") may apply");
            }
            return RuleVerdict.fail("aanvrager (" + kind + ") hoort niet bij de toegelaten soorten " + sorted(conditions),
                "applicant (" + kind + ") is not among the accepted kinds " + sorted(conditions));
        });
    }

    /**
     * At least one of the initiative's themes is a theme of the call (any theme, when the call names none).
     *
     * @return the rule {@code theme-matches-call}
     */
    public static AutomaticRule themeMatchesCall() {
        return new Named("theme-matches-call", (initiative, conditions) -> {
            if (conditions.themes().isEmpty()) {
                return RuleVerdict.pass("de oproep staat open voor elk thema", "the call is open to every theme");
            }
            // Case-insensitive on both sides: "Wmo" in the call matches "wmo" in the portfolio and vice versa.
            Set<String> callThemes = conditions.themes().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            for (String theme : initiative.themes()) {
                if (callThemes.contains(theme.toLowerCase(Locale.ROOT))) {
                    return RuleVerdict.pass("thema '" + theme + "' past bij de oproep", "theme '" + theme + "' matches the call");
                }
            }
            return RuleVerdict.fail("geen van de thema's " + initiative.themes() + " past bij de oproep",
                "none of the themes " + initiative.themes() + " matches the call");
        });
    }

    private static String sorted(CallConditions conditions) {
        return conditions.applicantKinds().stream().sorted().toList().toString();
    }

    private interface Judge {
        RuleVerdict judge(Initiative initiative, CallConditions conditions);
    }

    private record Named(String id, Judge judge) implements AutomaticRule {
        @Override
        public RuleVerdict judge(Initiative initiative, CallConditions conditions) {
            return judge.judge(initiative, conditions);
        }
    }
}
