package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion of a framework. Scored criteria have a scale and a weight (and optionally a
 * minimum score); knock-out criteria are judged pass/fail by assessors or by an automatic rule;
 * informational criteria are recorded but never decide.
 */
public record Criterion(String id, Text label, CriterionKind kind, Scale scale, int weight,
                        Optional<Integer> minimum, Optional<AutomaticRule> rule) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(rule, "rule");
    }

    public static Criterion scored(String id, Text label, Scale scale, int weight) {
        return new Criterion(id, label, CriterionKind.SCORED, scale, weight, Optional.empty(), Optional.empty());
    }

    /** A knock-out criterion on which assessors say pass (1) or fail (0). */
    public static Criterion knockOut(String id, Text label) {
        return new Criterion(id, label, CriterionKind.KNOCK_OUT, Scale.PASS_FAIL, 0, Optional.empty(), Optional.empty());
    }

    /** A knock-out criterion judged by an automatic rule. */
    public static Criterion automatic(String id, Text label, AutomaticRule rule) {
        return new Criterion(id, label, CriterionKind.KNOCK_OUT, Scale.PASS_FAIL, 0, Optional.empty(), Optional.of(rule));
    }

    public static Criterion informational(String id, Text label, Scale scale) {
        return new Criterion(id, label, CriterionKind.INFORMATIONAL, scale, 0, Optional.empty(), Optional.empty());
    }

    /** The same criterion with a per-criterion minimum score (on its own scale). */
    public Criterion withMinimum(int minimumScore) {
        return new Criterion(id, label, kind, scale, weight, Optional.of(minimumScore), rule);
    }

    public boolean isAutomatic() {
        return rule.isPresent();
    }
}
