package nl.sociaaldomein.atelier.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.workflow.CommitteeDecisions;
import nl.sociaaldomein.atelier.workflow.RoundPlan;

/**
 * A whole published round (a round file's {@link RoundPlan}) as the commands that make it, in the
 * order they happen: open the call, file every initiative (in the file's order), record each
 * assessor's scores per initiative where the file has them, close assessment, and decide (the
 * committee's recorded decisions, or the profile's policy) on the decision date. A round file is
 * the compact way to load a round; running its script through {@link RoundService} gives the same
 * events as the commands given one by one, because it is those commands.
 *
 * <p>Unknown stays unknown: only the decisions carry a day (the committee's date, or the end of the
 * call's decision phase, as {@link RoundPlan#decisionDate()} says); the opening, the filings, the
 * scores and the close of assessment are undated, as the sources leave them. An initiative keeps
 * its own submission date when the file gives one.
 */
public final class RoundScript {

    private RoundScript() {
    }

    /**
     * The commands of the plan; {@code policy} decides when the plan holds no committee decisions.
     * Without a decision date the script ends at the close of assessment.
     *
     * @param plan   the round file's plan
     * @param policy the profile's allocation policy
     * @param actor  who runs the script
     * @return the commands, in order
     */
    public static List<RoundCommand> of(RoundPlan plan, AllocationPolicy policy, String actor) {
        String source = plan.source().orElse("round file");
        Stamp undated = Stamp.undated(actor, source);
        List<RoundCommand> commands = new ArrayList<>();
        commands.add(new RoundCommand.OpenCall(undated));
        for (Initiative initiative : plan.portfolio().initiatives()) {
            commands.add(new RoundCommand.Submit(undated, initiative));
        }
        Map<String, Map<String, Map<String, Integer>>> sheets = new LinkedHashMap<>();
        for (AssessorScore score : plan.scores()) {
            sheets.computeIfAbsent(score.initiativeId(), id -> new LinkedHashMap<>())
                .computeIfAbsent(score.assessor(), a -> new LinkedHashMap<>()).put(score.criterionId(), score.score());
        }
        sheets.forEach((initiativeId, byAssessor) -> byAssessor.forEach((assessor, scores) ->
            commands.add(new RoundCommand.RecordScores(undated, assessor, initiativeId, scores))));
        commands.add(new RoundCommand.CloseAssessment(undated));
        plan.decisionDate().ifPresent(day -> {
            Optional<CommitteeDecisions> committee = plan.committee();
            Stamp decided = Stamp.on(day, actor, committee.map(c -> c.decidedBy().nl()).orElse(policy.description().nl()));
            commands.add(committee.<RoundCommand>map(c -> new RoundCommand.DecideAsCommittee(decided, c.decidedBy(), c.decisions(),
                c.reservations())).orElseGet(() -> new RoundCommand.DecideByPolicy(decided, policy)));
        });
        return commands;
    }
}
