package nl.sociaaldomein.atelier.call;

import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.assessment.Points;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/** Writes a motivation as plain text a council member can read, in Dutch (default) or English. */
public final class MotivationText {

    private static final Text PER_CRITERION = Text.of("Beoordeling per criterium:", "Assessment per criterion:");
    private static final Text TOTAL = Text.of("Gewogen totaalscore: ", "Weighted total score: ");
    private static final Text ELIGIBLE = Text.of(" (voldoet aan het kader)", " (meets the framework)");
    private static final Text NOT_ELIGIBLE = Text.of(" (voldoet niet aan het kader)", " (does not meet the framework)");
    private static final Text RULE = Text.of("Doorslaggevend: ", "Decided by: ");
    private static final Text EFFECT = Text.of("Budgeteffect: ", "Budget effect: ");
    private static final Text NO_EFFECT = Text.of("geen (er gaat geen geld mee gemoeid)", "none (no money involved)");
    private static final Text GRANTED_FROM = Text.of(" toegekend uit pot ", " granted from pot ");
    private static final Text RESERVED_IN = Text.of(" gereserveerd in pot ", " reserved in pot ");
    private static final Text DISSENT = Text.of(" Afwijkend oordeel: ", " Dissent: ");

    private MotivationText() {
    }

    /**
     * The decision's headline (initiative and kind) followed by its motivation.
     *
     * @param decision the decision
     * @param locale   the reader's language
     * @return the text
     */
    public static String render(Decision decision, Locale locale) {
        return Text.of("Besluit over ", "Decision on ").in(locale) + decision.initiativeId() + ": "
            + decision.kind().label().in(locale) + ".\n" + details(decision, locale) + render(decision.motivation(), locale);
    }

    /** What the decision itself says beyond its kind: reasons, conditions, partner, support. */
    private static String details(Decision decision, Locale locale) {
        if (decision instanceof Decision.Rejected rejected && !rejected.reasons().isEmpty()) {
            StringBuilder out = new StringBuilder(Text.of("Redenen:", "Reasons:").in(locale)).append('\n');
            rejected.reasons().forEach(reason -> out.append("- ").append(reason.in(locale)).append('\n'));
            return out.toString();
        }
        if (decision instanceof Decision.Granted granted && !granted.conditions().isEmpty()) {
            return Text.of("Voorwaarden: ", "Conditions: ").in(locale) + String.join("; ", granted.conditions()) + "\n";
        }
        if (decision instanceof Decision.Referred referred) {
            return Text.of("Verbonden met: ", "Referred to: ").in(locale) + referred.partner() + "\n";
        }
        if (decision instanceof Decision.InKind inKind) {
            return Text.of("Ondersteuning: ", "Support: ").in(locale) + inKind.support() + "\n";
        }
        return "";
    }

    /**
     * The motivation in plain text: the result on every criterion, the deciding rule and the budget effect.
     *
     * @param motivation the motivation
     * @param locale     the reader's language
     * @return the text
     */
    public static String render(Motivation motivation, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(PER_CRITERION.in(locale)).append('\n');
        for (CriterionResult result : motivation.criterionResults()) {
            out.append("- ").append(result.criterion().label().in(locale)).append(": ")
                .append(result.verdict().label().in(locale));
            String explanation = result.explanation().in(locale);
            if (!explanation.equals(result.verdict().label().in(locale))) {
                out.append(" (").append(explanation).append(')');
            }
            out.append('.');
            if (!result.dissent().isEmpty()) {
                out.append(DISSENT.in(locale)).append(String.join(", ", result.dissent())).append('.');
            }
            out.append('\n');
        }
        if (motivation.assessment().isAssessed()) {
            out.append(TOTAL.in(locale)).append(Points.format(motivation.assessment().totalHundredths(), locale))
                .append(motivation.assessment().isEligible() ? ELIGIBLE.in(locale) : NOT_ELIGIBLE.in(locale)).append('\n');
        }
        out.append(RULE.in(locale)).append(motivation.decidingRule().in(locale)).append('\n');
        out.append(EFFECT.in(locale)).append(effect(motivation.budgetEffect(), locale)).append('.');
        return out.toString();
    }

    static String effect(BudgetEffect effect, Locale locale) {
        if (effect.isNone()) {
            return NO_EFFECT.in(locale);
        }
        MoneyFormat format = MoneyFormat.forLocale(locale);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Money> e : effect.grantedSorted().entrySet()) {
            out.append(out.length() == 0 ? "" : "; ").append(format.format(e.getValue())).append(GRANTED_FROM.in(locale)).append(e.getKey());
        }
        for (Map.Entry<String, Money> e : effect.reservedSorted().entrySet()) {
            out.append(out.length() == 0 ? "" : "; ").append(format.format(e.getValue())).append(RESERVED_IN.in(locale)).append(e.getKey());
        }
        return out.toString();
    }
}
