package nl.sociaaldomein.atelier.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.call.Round;

/**
 * What a committee (Groningen: the college of B&amp;W) decided on a round, on one date: a decision
 * per initiative and the reservations kept back besides.
 *
 * @param date         the day the decisions take effect; grants and reservations are posted on it
 * @param decidedBy    who decided, cited in every decision's motivation
 * @param decisions    in the order they are recorded
 * @param reservations money kept back for purposes outside the round's initiatives
 */
public record CommitteeDecisions(LocalDate date, Text decidedBy, List<PlannedDecision> decisions,
                                 List<PlannedReservation> reservations) {

    /**
     * Checks that no component is missing and keeps copies of the lists.
     *
     * @param date         the day the decisions take effect; grants and reservations are posted on it
     * @param decidedBy    who decided, cited in every decision's motivation
     * @param decisions    in the order they are recorded
     * @param reservations money kept back for purposes outside the round's initiatives
     */
    public CommitteeDecisions {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(decidedBy, "decidedBy");
        decisions = List.copyOf(decisions);
        reservations = List.copyOf(reservations);
    }

    /**
     * The decisions on the assessed round, or a problem for each that names an initiative the
     * round does not hold. Money checks (ceilings, maximum) are the round's, when it applies them.
     *
     * @param round the assessed round
     * @return the decisions, or the problems
     */
    public Result<List<Decision>> toDecisions(Round round) {
        List<Problem> problems = new ArrayList<>();
        List<Decision> out = new ArrayList<>();
        for (PlannedDecision planned : decisions) {
            if (!round.contains(planned.initiativeId())) {
                problems.add(Problem.notFound("allocation.unknown-initiative", Place.about("decision", planned.initiativeId()).and("call", round.call().id()), "dit initiatief hoort niet bij oproep " + round.call().id(),
                    "this initiative is not part of call " + round.call().id()));
                continue;
            }
            try {
                out.add(decision(planned, round.assessment(planned.initiativeId()), round.call().potId()));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.invalid("allocation.invalid-decision", Place.about("decision", planned.initiativeId()), e.getMessage(), e.getMessage()));
            }
        }
        return Result.of(problems, () -> List.copyOf(out));
    }

    private Decision decision(PlannedDecision planned, AssessmentResult assessment, String callPot) {
        if (planned instanceof PlannedDecision.Granted g) {
            return Decisions.grantedFromPots(assessment, g.amounts(), decidedBy, g.conditions());
        }
        if (planned instanceof PlannedDecision.Referred r) {
            return Decisions.referred(assessment, r.partner(), decidedBy);
        }
        if (planned instanceof PlannedDecision.InKind k) {
            return Decisions.inKind(assessment, k.support(), decidedBy);
        }
        if (planned instanceof PlannedDecision.Deferred d) {
            return d.reservation().<Decision>map(amount -> Decisions.deferredWithReservation(assessment, callPot, amount, decidedBy))
                .orElseGet(() -> Decisions.deferred(assessment, decidedBy));
        }
        if (planned instanceof PlannedDecision.Rejected r) {
            return Decisions.rejected(assessment, r.reasons().stream().map(reason -> Text.of(reason, reason)).toList(), decidedBy);
        }
        return Decisions.withdrawn(assessment, decidedBy);
    }
}
