package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a policy allocates: the call, the candidates still awaiting a decision (in the round's
 * order), and the balances of the pots it may draw on ({@link #pot()} is the call's own).
 */
public record AllocationInput(Call call, List<Candidate> candidates, Map<String, PotBalance> pots) {

    public AllocationInput {
        Objects.requireNonNull(call, "call");
        candidates = List.copyOf(candidates);
        pots = Map.copyOf(pots);
        if (!pots.containsKey(call.potId())) {
            throw new IllegalArgumentException("no balance given for the call's pot " + call.potId());
        }
    }

    public PotBalance pot() {
        return pots.get(call.potId());
    }
}
