package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/** Funds eligible initiatives in the order they were received (Awb art. 4:26) until the pot runs out. */
public final class FirstComeFirstServedPolicy implements AllocationPolicy {

    private final WhenItDoesNotFit whenItDoesNotFit;

    /**
     * A policy that funds in order of receipt.
     *
     * @param whenItDoesNotFit what to do with a request larger than what is left
     */
    public FirstComeFirstServedPolicy(WhenItDoesNotFit whenItDoesNotFit) {
        this.whenItDoesNotFit = Objects.requireNonNull(whenItDoesNotFit, "whenItDoesNotFit");
    }

    @Override
    public String id() {
        return "first-come-first-served";
    }

    @Override
    public Text description() {
        return Text.of("op volgorde van ontvangst (Awb art. 4:26)", "in order of receipt (Awb art. 4:26)");
    }

    @Override
    public Result<List<Decision>> allocate(AllocationInput input) {
        List<Candidate> eligible = RankOrder.byReceipt(input.candidates().stream().filter(Candidate::isEligible).toList());
        List<Decision> decisions = InOrderFunding.fund(input, eligible, whenItDoesNotFit, description());
        decisions.addAll(InOrderFunding.rejectIneligible(input.candidates()));
        return Result.ok(decisions);
    }
}
