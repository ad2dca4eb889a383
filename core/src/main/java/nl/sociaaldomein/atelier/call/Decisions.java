package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;

/**
 * Makes decisions with a consistent motivation: the assessment, the rule that decided and the
 * decision's own budget effect. Policies and committees use these rather than the records' constructors.
 */
public final class Decisions {

    private Decisions() {
    }

    /**
     * A grant from one pot.
     *
     * @param assessment the initiative's assessment
     * @param potId      the pot
     * @param amount     the amount granted, positive
     * @param rule       the rule that decided, in words
     * @param conditions the conditions attached
     * @return the decision
     */
    public static Decision.Granted granted(AssessmentResult assessment, String potId, Money amount, Text rule, List<String> conditions) {
        return grantedFromPots(assessment, Map.of(potId, amount), rule, conditions);
    }

    /**
     * A grant drawn from several pots (Groningen 2017 funds projects "uit verschillende budgetten").
     *
     * @param assessment the initiative's assessment
     * @param amounts    the amount from each pot, each positive
     * @param rule       the rule that decided, in words
     * @param conditions the conditions attached
     * @return the decision
     */
    public static Decision.Granted grantedFromPots(AssessmentResult assessment, Map<String, Money> amounts, Text rule, List<String> conditions) {
        return new Decision.Granted(assessment.initiativeId(), amounts, conditions,
            new Motivation(assessment, rule, new BudgetEffect(amounts, Map.of())));
    }

    /**
     * A referral to a partner; no money.
     *
     * @param assessment the initiative's assessment
     * @param partner    the partner or WIJ-team
     * @param rule       the rule that decided, in words
     * @return the decision
     */
    public static Decision.Referred referred(AssessmentResult assessment, String partner, Text rule) {
        return new Decision.Referred(assessment.initiativeId(), partner, new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    /**
     * Support in kind; no money.
     *
     * @param assessment the initiative's assessment
     * @param support    what is given, e.g. "een ruimte en keuken"
     * @param rule       the rule that decided, in words
     * @return the decision
     */
    public static Decision.InKind inKind(AssessmentResult assessment, String support, Text rule) {
        return new Decision.InKind(assessment.initiativeId(), support, new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    /**
     * A deferral without a reservation.
     *
     * @param assessment the initiative's assessment
     * @param rule       the rule that decided, in words
     * @return the decision
     */
    public static Decision.Deferred deferred(AssessmentResult assessment, Text rule) {
        return new Decision.Deferred(assessment.initiativeId(), Optional.empty(), new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    /**
     * A deferral that reserves money meanwhile.
     *
     * @param assessment the initiative's assessment
     * @param potId      the pot
     * @param reserved   the amount reserved
     * @param rule       the rule that decided, in words
     * @return the decision
     */
    public static Decision.Deferred deferredWithReservation(AssessmentResult assessment, String potId, Money reserved, Text rule) {
        return new Decision.Deferred(assessment.initiativeId(), Optional.of(Map.entry(potId, reserved)),
            new Motivation(assessment, rule, BudgetEffect.reserve(potId, reserved)));
    }

    /**
     * A rejection, with its reasons.
     *
     * @param assessment the initiative's assessment
     * @param reasons    why, one text per reason
     * @param rule       the rule that decided, in words
     * @return the decision
     */
    public static Decision.Rejected rejected(AssessmentResult assessment, List<Text> reasons, Text rule) {
        return new Decision.Rejected(assessment.initiativeId(), reasons, new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    /**
     * The applicant withdrew.
     *
     * @param assessment the initiative's assessment
     * @param rule       the rule that decided, in words
     * @return the decision
     */
    public static Decision.Withdrawn withdrawn(AssessmentResult assessment, Text rule) {
        return new Decision.Withdrawn(assessment.initiativeId(), new Motivation(assessment, rule, BudgetEffect.NONE));
    }
}
