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

    public static Decision.Granted granted(AssessmentResult assessment, String potId, Money amount, Text rule, List<String> conditions) {
        return grantedFromPots(assessment, Map.of(potId, amount), rule, conditions);
    }

    /** A grant drawn from several pots (Groningen 2017 funds projects "uit verschillende budgetten"). */
    public static Decision.Granted grantedFromPots(AssessmentResult assessment, Map<String, Money> amounts, Text rule, List<String> conditions) {
        return new Decision.Granted(assessment.initiativeId(), amounts, conditions,
            new Motivation(assessment, rule, new BudgetEffect(amounts, Map.of())));
    }

    public static Decision.Referred referred(AssessmentResult assessment, String partner, Text rule) {
        return new Decision.Referred(assessment.initiativeId(), partner, new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    public static Decision.InKind inKind(AssessmentResult assessment, String support, Text rule) {
        return new Decision.InKind(assessment.initiativeId(), support, new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    public static Decision.Deferred deferred(AssessmentResult assessment, Text rule) {
        return new Decision.Deferred(assessment.initiativeId(), Optional.empty(), new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    public static Decision.Deferred deferredWithReservation(AssessmentResult assessment, String potId, Money reserved, Text rule) {
        return new Decision.Deferred(assessment.initiativeId(), Optional.of(Map.entry(potId, reserved)),
            new Motivation(assessment, rule, BudgetEffect.reserve(potId, reserved)));
    }

    public static Decision.Rejected rejected(AssessmentResult assessment, List<Text> reasons, Text rule) {
        return new Decision.Rejected(assessment.initiativeId(), reasons, new Motivation(assessment, rule, BudgetEffect.NONE));
    }

    public static Decision.Withdrawn withdrawn(AssessmentResult assessment, Text rule) {
        return new Decision.Withdrawn(assessment.initiativeId(), new Motivation(assessment, rule, BudgetEffect.NONE));
    }
}
