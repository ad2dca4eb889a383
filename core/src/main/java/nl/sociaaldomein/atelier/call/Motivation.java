package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Why a decision was taken, as the Awb requires ("Een besluit dient te berusten op een deugdelijke
 * motivering", art. 3:46): the result on every criterion of the framework, the rule that decided,
 * and the budget effect. Held as data; {@link MotivationText} writes it in plain Dutch or English.
 *
 * @param assessment   the result on every criterion of the framework
 * @param decidingRule the rule that decided, in words
 * @param budgetEffect what the decision grants and reserves, per pot
 */
public record Motivation(AssessmentResult assessment, Text decidingRule, BudgetEffect budgetEffect) {

    /**
     * Checks that no component is missing.
     *
     * @param assessment   the result on every criterion of the framework
     * @param decidingRule the rule that decided, in words
     * @param budgetEffect what the decision grants and reserves, per pot
     */
    public Motivation {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(decidingRule, "decidingRule");
        Objects.requireNonNull(budgetEffect, "budgetEffect");
    }

    /** {@return one result for every criterion of the framework, in its order} */
    public List<CriterionResult> criterionResults() {
        return assessment.criterionResults();
    }

    /**
     * The motivation in plain text.
     *
     * @param locale the reader's language
     * @return the text
     */
    public String render(Locale locale) {
        return MotivationText.render(this, locale);
    }
}
