package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a framework. Scored criteria have a scale and a weight (and optionally a
 * minimum score); knock-out criteria are judged pass/fail by assessors or by an automatic rule;
 * informational criteria are recorded but never decide.
 *
 * @param id      the criterion's id, unique in its framework
 * @param label   its name in Dutch and English
 * @param kind    scored, knock-out or informational
 * @param scale   the scale assessors score on
 * @param weight  its weight in the total (scored criteria)
 * @param minimum the lowest score that passes on its own scale, if any
 * @param rule    the automatic rule that judges it, if any
 */
public record Criterion(String id, Text label, CriterionKind kind, Scale scale, int weight,
                        Optional<Integer> minimum, Optional<AutomaticRule> rule) {

    /**
     * Checks that no component is missing.
     *
     * @param id      the criterion's id, unique in its framework
     * @param label   its name in Dutch and English
     * @param kind    scored, knock-out or informational
     * @param scale   the scale assessors score on
     * @param weight  its weight in the total (scored criteria)
     * @param minimum the lowest score that passes on its own scale, if any
     * @param rule    the automatic rule that judges it, if any
     */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * A criterion scored on a scale, counting in the total with its weight.
     *
     * @param id     the criterion's id
     * @param label  its name in Dutch and English
     * @param scale  the scale assessors score on
     * @param weight its weight in the total
     * @return the criterion
     */
    public static Criterion scored(String id, Text label, Scale scale, int weight) {
        return new Criterion(id, label, CriterionKind.SCORED, scale, weight, Optional.empty(), Optional.empty());
    }

    /**
     * A knock-out criterion on which assessors say pass (1) or fail (0).
     *
     * @param id    the criterion's id
     * @param label its name in Dutch and English
     * @return the criterion
     */
    public static Criterion knockOut(String id, Text label) {
        return new Criterion(id, label, CriterionKind.KNOCK_OUT, Scale.PASS_FAIL, 0, Optional.empty(), Optional.empty());
    }

    /**
     * A knock-out criterion judged by an automatic rule.
     *
     * @param id    the criterion's id
     * @param label its name in Dutch and English
     * @param rule  the rule that judges it
     * @return the criterion
     */
    public static Criterion automatic(String id, Text label, AutomaticRule rule) {
        return new Criterion(id, label, CriterionKind.KNOCK_OUT, Scale.PASS_FAIL, 0, Optional.empty(), Optional.of(rule));
    }

    /**
     * A criterion that is scored and recorded but never decides.
     *
     * @param id    the criterion's id
     * @param label its name in Dutch and English
     * @param scale the scale assessors score on
     * @return the criterion
     */
    public static Criterion informational(String id, Text label, Scale scale) {
        return new Criterion(id, label, CriterionKind.INFORMATIONAL, scale, 0, Optional.empty(), Optional.empty());
    }

    /**
     * The same criterion with a per-criterion minimum score (on its own scale).
     *
     * @param minimumScore the lowest score that passes
     * @return a new criterion; this one is unchanged
     */
    public Criterion withMinimum(int minimumScore) {
        return new Criterion(id, label, kind, scale, weight, Optional.of(minimumScore), rule);
    }

    /** {@return whether an automatic rule judges the criterion} */
    public boolean isAutomatic() {
        return rule.isPresent();
    }
}
