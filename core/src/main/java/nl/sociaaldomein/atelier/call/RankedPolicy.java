package nl.sociaaldomein.atelier.call;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/** Funds eligible initiatives by score, highest first ({@link RankOrder}), until the pot runs out. */
public final class RankedPolicy implements AllocationPolicy {

    static final Text ORDER_NAME = Text.of("rangorde op totaalscore", "ranked by total score");

    private final WhenItDoesNotFit whenItDoesNotFit;

    /**
     * A policy that funds in order of total score.
     *
     * @param whenItDoesNotFit what to do with a request larger than what is left
     */
    public RankedPolicy(WhenItDoesNotFit whenItDoesNotFit) {
        this.whenItDoesNotFit = Objects.requireNonNull(whenItDoesNotFit, "whenItDoesNotFit");
    }

    @Override
    public String id() {
        return "ranked";
    }

    @Override
    public Text description() {
        return Text.of("rangorde op totaalscore (bij gelijke score: eerder ontvangen, lager bedrag, id)",
            "ranked by total score (ties: earlier receipt, lower amount, id)");
    }

    @Override
    public Result<List<Decision>> allocate(AllocationInput input) {
        List<Candidate> eligible = new ArrayList<>(input.candidates().size());
        for (Candidate candidate : input.candidates()) {
            if (candidate.isEligible()) {
                eligible.add(candidate);
            }
        }
        List<Decision> decisions = InOrderFunding.fund(input, RankOrder.ranked(eligible), whenItDoesNotFit, ORDER_NAME);
        decisions.addAll(InOrderFunding.rejectIneligible(input.candidates()));
        return Result.ok(decisions);
    }

    WhenItDoesNotFit whenItDoesNotFit() {
        return whenItDoesNotFit;
    }
}
