package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a policy allocates: the call, the candidates still awaiting a decision (in the round's
 * order), and the balances of the pots it may draw on ({@link #pot()} is the call's own).
 *
 * @param call       the call
 * @param candidates the candidates awaiting a decision, in the round's order
 * @param pots       the balance of each pot the policy may draw on, by pot id
 */
public record AllocationInput(Call call, List<Candidate> candidates, Map<String, PotBalance> pots) {

    /**
     * Keeps copies and checks that the call's own pot has a balance.
     *
     * @param call       the call
     * @param candidates the candidates awaiting a decision, in the round's order
     * @param pots       the balance of each pot the policy may draw on, by pot id
     * @throws IllegalArgumentException when the call's pot has no balance
     */
    public AllocationInput {
        Objects.requireNonNull(call, "call");
        candidates = List.copyOf(candidates);
        pots = Map.copyOf(pots);
        if (!pots.containsKey(call.potId())) {
            throw new IllegalArgumentException("no balance given for the call's pot " + call.potId());
        }
    }

    /** {@return the balance of the call's own pot} */
    public PotBalance pot() {
        return pots.get(call.potId());
    }
}
