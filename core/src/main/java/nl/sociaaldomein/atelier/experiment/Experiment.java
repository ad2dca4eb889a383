package nl.sociaaldomein.atelier.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import org.immutables.value.Value;

/**
 * An experiment, pilot or project (experiment, pilot, project): what it is, when it runs, where
 * it stands, how it is measured and what its reviews decided. Changes return a new experiment or a
 * failed {@link Result} (a {@link TransitionRefusal} code, placed at the experiment); a rejected
 * change changes nothing.
 */
@Value.Immutable
public abstract class Experiment {

    /** {@return the experiment's number in the register, e.g. {@code 14-3}} */
    public abstract ExperimentNumber number();

    /** {@return the experiment's name as the register gives it} */
    public abstract String name();

    /** {@return what it sets out to do, in the source's words, when the source states it} */
    public abstract Optional<String> goal();

    /** {@return the partner or owner, e.g. "Wonion"} */
    public abstract Optional<String> owner();

    /** {@return the start date at the precision given ("1-4-2015", "2016"), or unknown} */
    public abstract PartialDate start();

    /** {@return the end first planned (the register's "einddatum"); extensions are in the lifecycle} */
    public abstract PartialDate plannedEnd();

    /** {@return the initiative or grant that funds it, by its id} */
    public abstract Optional<String> fundingRef();

    /** {@return the policy plan the experiment serves, if the source names one} */
    public abstract Optional<PolicyPlan> policyPlan();

    /** {@return the steps taken so far; none for an experiment as planned} */
    @Value.Default
    public Lifecycle lifecycle() {
        return Lifecycle.planned(plannedEnd());
    }

    /** {@return every review, in the order recorded} */
    public abstract List<Review> reviews();

    /** {@return the quantitative indicators, with their targets and measurements} */
    public abstract List<Kpi> kpis();

    /** {@return the indicators recorded in words or on a scale} */
    public abstract List<QualitativeIndicator> indicators();

    /** {@return the row as published, when the experiment comes from a register table} */
    public abstract Optional<PublishedRow> published();

    /** {@return a builder; {@code build()} checks the name and that the lifecycle starts from the planned end} */
    public static ImmutableExperiment.Builder builder() {
        return ImmutableExperiment.builder();
    }

    /** {@return the state the lifecycle has reached} */
    public ExperimentState state() {
        return lifecycle().state();
    }

    /** {@return the date of the step that ended it (stopped, completed, made regular, split), if it ended} */
    public Optional<PartialDate> actualEnd() {
        return lifecycle().ending().map(step -> step.transition().on());
    }

    /**
     * This experiment after the transition, or why not.
     *
     * @param transition the step
     * @return the changed experiment, or the refusal (a {@link TransitionRefusal} code, placed at the experiment)
     */
    public Result<Experiment> apply(Transition transition) {
        return lifecycle().apply(transition).map(next -> (Experiment) ImmutableExperiment.copyOf(this).withLifecycle(next))
            .mapProblems(this::placed);
    }

    /**
     * Records a review and applies the transition its verdict causes (see {@link Review#transition()}).
     * CONTINUE and ADJUST keep the state but are refused for an experiment that has ended.
     *
     * @param review the review
     * @return the changed experiment, or the refusal
     */
    public Result<Experiment> review(Review review) {
        Optional<Transition> transition = review.transition();
        if (transition.isEmpty() && state().isEnded()) {
            return Result.failed(placed(Lifecycle.refused(TransitionRefusal.NOT_ALLOWED_FROM_STATE, state(), Optional.empty(),
                "een beoordeling " + review.verdict() + " van een experiment dat " + state() + " is",
                "a " + review.verdict() + " review of an experiment that is " + state())));
        }
        Result<Lifecycle> next = transition.map(t -> lifecycle().apply(t)).orElse(Result.ok(lifecycle()));
        return next.<Experiment>map(lifecycle -> {
            List<Review> reviews = new ArrayList<>(reviews());
            reviews.add(review);
            return ImmutableExperiment.copyOf(this).withLifecycle(lifecycle).withReviews(reviews);
        }).mapProblems(this::placed);
    }

    /** A lifecycle's problem, placed at this experiment first. */
    private Problem placed(Problem problem) {
        Place place = Place.about("experiment", number().toString());
        for (var subject : problem.place().subjects().entrySet()) {
            place = place.and(subject.getKey(), subject.getValue());
        }
        return new Problem(problem.code(), problem.kind(), place, problem.message());
    }

    /**
     * Checks that the name is not blank and the lifecycle starts from the planned end.
     *
     * @throws IllegalStateException naming the experiment and what is wrong
     */
    @Value.Check
    protected void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("experiment " + number() + ": the name must not be blank");
        }
        if (!lifecycle().initialPlannedEnd().equals(plannedEnd())) {
            throw new IllegalStateException("experiment " + number() + ": the lifecycle's planned end "
                + lifecycle().initialPlannedEnd() + " differs from the planned end " + plannedEnd());
        }
    }
}
