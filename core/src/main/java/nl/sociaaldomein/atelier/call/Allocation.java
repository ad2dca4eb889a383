package nl.sociaaldomein.atelier.call;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * The checked outcome of running a policy on a round: decisions with their budget effect. A trial
 * allocation posts nothing; {@link Round#apply} records it, and a later step posts
 * {@link #budgetEffect()} (or each decision's effect) to the ledger.
 *
 * @param callId    the call the round is of
 * @param policyId  the policy that decided, e.g. {@code ranked}
 * @param decisions one decision per candidate decided, in the order decided
 */
public record Allocation(String callId, String policyId, List<Decision> decisions) {

    /**
     * Checks that the call and policy are named and keeps an unmodifiable list of the decisions.
     *
     * @param callId    the call the round is of
     * @param policyId  the policy that decided, e.g. {@code ranked}
     * @param decisions one decision per candidate decided, in the order decided
     */
    public Allocation {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(policyId, "policyId");
        // A columnar list is immutable already; copying it would build every decision at once.
        decisions = decisions instanceof ColumnarDecisions ? decisions : List.copyOf(decisions);
    }

    /**
     * The decision on one initiative.
     *
     * @param initiativeId the initiative
     * @return the decision, or empty when the policy did not decide on it
     */
    public Optional<Decision> decisionFor(String initiativeId) {
        return decisions.stream().filter(d -> d.initiativeId().equals(initiativeId)).findFirst();
    }

    /** {@return granted and reserved per pot, summed over all decisions} */
    public BudgetEffect budgetEffect() {
        if (decisions instanceof ColumnarDecisions columnar) {
            return columnar.budgetEffect();
        }
        Map<String, Money> granted = new HashMap<>();
        Map<String, Money> reserved = new HashMap<>();
        for (Decision decision : decisions) {
            decision.budgetEffect().granted().forEach((pot, amount) -> granted.merge(pot, amount, Money::plus));
            decision.budgetEffect().reserved().forEach((pot, amount) -> reserved.merge(pot, amount, Money::plus));
        }
        return new BudgetEffect(granted, reserved);
    }
}
