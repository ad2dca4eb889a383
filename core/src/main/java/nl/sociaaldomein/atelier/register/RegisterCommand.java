package nl.sociaaldomein.atelier.register;

import java.util.Objects;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.Transition;

/**
 * What a user or an embedding system asks of a register of experiments, on its own day:
 * {@link RegisterService#handle} checks it and records its events, or refuses it with a
 * {@link RegisterRefusal} and records nothing (docs/experiments.md, "Commands").
 */
public sealed interface RegisterCommand {

    /** {@return who gives the command, why, and the day it takes effect (if known)} */
    Stamp stamp();

    /**
     * Enters an experiment as planned (in preparation).
     *
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param experiment the experiment as planned
     */
    record Register(Stamp stamp, Experiment experiment) implements RegisterCommand {
        /**
         * Checks that the experiment is given.
         *
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param experiment the experiment as planned
         */
        public Register {
            Objects.requireNonNull(experiment, "experiment");
        }
    }

    /**
     * A step of the lifecycle: start, extend (with the new end, unknown when not decided), decide
     * or make regular, complete, stop, split into successors.
     *
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param number     the experiment's number in the register
     * @param transition the step, with its date
     */
    record Step(Stamp stamp, ExperimentNumber number, Transition transition) implements RegisterCommand {
        /**
         * Checks that the step is given.
         *
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param number     the experiment's number in the register
         * @param transition the step, with its date
         */
        public Step {
            Objects.requireNonNull(transition, "transition");
        }
    }

    /**
     * A KPI measured on a date, with where the figure comes from.
     *
     * @param stamp       who gave the command, why, and the day it takes effect (if known)
     * @param number      the experiment's number in the register
     * @param kpi         the KPI's name
     * @param measurement the measured value with its date
     * @param source      where the figure comes from
     */
    record Measure(Stamp stamp, ExperimentNumber number, String kpi, Measurement measurement, String source) implements RegisterCommand {
    }

    /**
     * A review (date, verdict, reason). With {@code decides}, the step its verdict causes (extend,
     * stop, decide regular) is recorded with it, in the same batch, carrying the review.
     *
     * @param stamp   who gave the command, why, and the day it takes effect (if known)
     * @param number  the experiment's number in the register
     * @param review  the review: date, verdict and reason
     * @param decides whether the review decides the experiment's next step
     */
    record RecordReview(Stamp stamp, ExperimentNumber number, Review review, boolean decides) implements RegisterCommand {
    }

    /**
     * Corrects a published row: a new event, never an edit.
     *
     * @param stamp  who gave the command, why, and the day it takes effect (if known)
     * @param number the experiment's number in the register
     * @param row    the row as now published
     */
    record CorrectRow(Stamp stamp, ExperimentNumber number, PublishedRow row) implements RegisterCommand {
    }
}
