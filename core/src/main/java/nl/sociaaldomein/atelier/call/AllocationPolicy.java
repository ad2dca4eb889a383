package nl.sociaaldomein.atelier.call;

import java.util.List;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * How a round's money is shared out. A pure computation: it returns decisions with their budget
 * effect and posts nothing. The round checks whatever a policy returns (pots, ceilings, the
 * call's maximum, legal sequences) before it accepts it, so a profile's own policy cannot
 * overspend either. Implementations: {@link CommitteePolicy}, {@link RankedPolicy},
 * {@link FirstComeFirstServedPolicy}, {@link ProRataPolicy}.
 */
public interface AllocationPolicy {

    /** {@return a stable code, e.g. {@code ranked}} */
    String id();

    /** {@return the policy in words, for motivations and reports} */
    Text description();

    /**
     * The decisions, or every reason the policy cannot decide (problems with codes of the policy's own,
     * e.g. {@code allocation.…}); the round checks the decisions again before it accepts them.
     *
     * @param input the call, the candidates and the pots' balances
     * @return the decisions, or the problems
     */
    Result<List<Decision>> allocate(AllocationInput input);
}
