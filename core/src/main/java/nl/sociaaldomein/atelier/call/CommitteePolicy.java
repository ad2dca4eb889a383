package nl.sociaaldomein.atelier.call;

import java.util.List;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A committee's explicit decisions, as Groningen's college took them in 2016. The round checks
 * them like any policy's output: against the ceiling, the call's maximum and legal sequences.
 */
public final class CommitteePolicy implements AllocationPolicy {

    private final List<Decision> decisions;

    /**
     * A policy that answers the committee's decisions, as taken.
     *
     * @param decisions the committee's decisions
     */
    public CommitteePolicy(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    @Override
    public String id() {
        return "committee";
    }

    @Override
    public Text description() {
        return Text.of("besluit van de commissie", "committee decision");
    }

    @Override
    public Result<List<Decision>> allocate(AllocationInput input) {
        return Result.ok(decisions);
    }
}
