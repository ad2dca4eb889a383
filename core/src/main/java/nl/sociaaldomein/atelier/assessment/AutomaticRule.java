package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.initiative.Initiative;

/**
 * A criterion judged by a rule instead of by assessors (a knock-out criterion only). A profile
 * may supply its own; {@link AutomaticRules} has the ones the sources call for.
 */
public interface AutomaticRule {

    /** {@return a stable code, e.g. {@code amount-within-limits}; shown as "the rule that decided"} */
    String id();

    /**
     * Judges one initiative.
     *
     * @param initiative the initiative
     * @param conditions what the call asks
     * @return pass or fail, with the reason in words
     */
    RuleVerdict judge(Initiative initiative, CallConditions conditions);
}
