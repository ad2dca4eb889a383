package nl.sociaaldomein.atelier.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.budget.BudgetTree;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.Phase;
import nl.sociaaldomein.atelier.call.PhaseWindow;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;

/**
 * Everything a round file holds (docs/round-format.md): the initiatives, the budget tree, the
 * call, the assessors' scores and, when the committee has decided, its decisions.
 *
 * @param source      the documents the data comes from, cited by file name and a quoted phrase
 * @param portfolio   the round's initiatives and the municipality
 * @param budget      the programme budget and its pots; the call draws on one of them
 * @param call        the call; its pot must be in {@code budget}
 * @param frameworkId the criteria framework the call is assessed by (a profile binds it under this id)
 * @param scores      assessor scores, possibly none
 * @param committee   the recorded decisions; empty when a profile's policy is to decide
 * @param provenance  where the file's values come from, per block or per value (empty when it does not say)
 */
public record RoundPlan(Optional<String> source, Portfolio portfolio, BudgetTree budget, Call call, String frameworkId,
                        List<AssessorScore> scores, Optional<CommitteeDecisions> committee, ProvenanceMap provenance) {

    /**
     * A plan whose file says nothing of where its values come from.
     *
     * @param source      the documents the data comes from
     * @param portfolio   the round's initiatives and the municipality
     * @param budget      the programme budget and its pots
     * @param call        the call
     * @param frameworkId the criteria framework the call is assessed by
     * @param scores      assessor scores, possibly none
     * @param committee   the recorded decisions; empty when a profile's policy is to decide
     */
    public RoundPlan(Optional<String> source, Portfolio portfolio, BudgetTree budget, Call call, String frameworkId,
                     List<AssessorScore> scores, Optional<CommitteeDecisions> committee) {
        this(source, portfolio, budget, call, frameworkId, scores, committee, ProvenanceMap.empty());
    }

    /**
     * Checks that no component is missing and keeps a copy of the scores.
     *
     * @param source      the documents the data comes from, cited by file name and a quoted phrase
     * @param portfolio   the round's initiatives and the municipality
     * @param budget      the programme budget and its pots; the call draws on one of them
     * @param call        the call; its pot must be in {@code budget}
     * @param frameworkId the criteria framework the call is assessed by (a profile binds it under this id)
     * @param scores      assessor scores, possibly none
     * @param committee   the recorded decisions; empty when a profile's policy is to decide
     * @param provenance  where the file's values come from, per block or per value (empty when it does not say)
     */
    public RoundPlan {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(frameworkId, "frameworkId");
        scores = List.copyOf(scores);
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * This plan with another call, e.g. the call as a profile runs it ({@code thresholds.applyTo(plan.call())}).
     *
     * @param other the call to use
     * @return a new plan; this one is unchanged
     */
    public RoundPlan withCall(Call other) {
        return new RoundPlan(source, portfolio, budget, other, frameworkId, scores, committee, provenance);
    }

    /**
     * The day the round's decisions take effect: the committee's date, otherwise the last day of
     * the call's decision phase; empty when the file gives neither.
     *
     * @return the day, or empty
     */
    public Optional<LocalDate> decisionDate() {
        if (committee.isPresent()) {
            return Optional.of(committee.get().date());
        }
        return call.phases().stream().filter(w -> w.phase() == Phase.DECISIONS).map(PhaseWindow::end).findFirst();
    }
}
