package nl.sociaaldomein.atelier.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Rebuilds a lifecycle from a published register row: start date, end date and the outcome's
 * state as of the report date. Nothing is invented:
 * <ul>
 * <li>the start step is dated with the published start;</li>
 * <li>an ending (stopped, completed, made regular) is dated with the published end, or with the
 *     report date when no end was published (it was certain by then, no earlier);</li>
 * <li>a decision the table gives no date for (extended, becoming regular, split) is dated with the
 *     report date; an extension without a published new end gets an unknown new end.</li>
 * </ul>
 */
public final class PublishedHistory {

    private PublishedHistory() {
    }

    /**
     * The lifecycle that leads to {@code state} by {@code reportDate}, or why the row's dates do not allow it.
     *
     * @param start      the published start
     * @param end        the published end
     * @param state      the published state
     * @param reportDate the day the register speaks for
     * @param successors what the experiment split into, if it did
     * @return the lifecycle, or the problems
     */
    public static Result<Lifecycle> reconstruct(PartialDate start, PartialDate end,
            ExperimentState state, LocalDate reportDate, List<Successor> successors) {
        PartialDate report = PartialDate.of(reportDate);
        List<Transition> steps = new ArrayList<>();
        if (state != ExperimentState.IN_PREPARATION) {
            steps.add(new Transition.Start(start, Optional.empty()));
        }
        PartialDate endedOn = end.isKnown() ? end : report;
        switch (state) {
            case EXTENDED -> steps.add(new Transition.Extend(report, PartialDate.unknown(), Optional.empty()));
            case BECOMING_REGULAR -> steps.add(new Transition.DecideRegular(report, Optional.empty()));
            case MADE_REGULAR -> steps.add(new Transition.MakeRegular(endedOn, Optional.empty()));
            case COMPLETED -> steps.add(new Transition.Complete(endedOn, Optional.empty()));
            case STOPPED -> steps.add(new Transition.Stop(endedOn, Optional.empty()));
            case SPLIT -> steps.add(new Transition.Split(report, successors, Optional.empty()));
            default -> { }
        }
        return Lifecycle.replay(end, steps);
    }

    /**
     * A successor of a split, started on the report date and brought to its published state.
     *
     * @param name             the successor's name
     * @param state            its published state
     * @param publishedOutcome its outcome as published
     * @param reportDate       the day the register speaks for
     * @return the successor, or the problems
     */
    public static Result<Successor> successor(String name, ExperimentState state,
            String publishedOutcome, LocalDate reportDate) {
        return reconstruct(PartialDate.of(reportDate), PartialDate.unknown(), state, reportDate, List.of())
            .map(lifecycle -> new Successor(name, lifecycle, Optional.of(publishedOutcome)));
    }
}
