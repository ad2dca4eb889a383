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
 * What happened to an experiment of a register, as the journal keeps it; each with the
 * {@link Stamp} of its command. The register is the fold of its events ({@link RegisterState}).
 * JSON shapes: docs/experiments.md, "Events".
 */
public sealed interface ExperimentEvent {

    /** {@return the register the event belongs to; one journal holds many} */
    String registerId();

    /** {@return who gave the command the event came from, why, and the day it takes effect (if known)} */
    Stamp stamp();

    /** {@return the experiment's number in the register} */
    ExperimentNumber number();

    /**
     * An experiment enters the register as planned: in preparation, no steps, no reviews and no
     * measurements yet (its KPIs are their targets and periods).
     *
     * @param registerId the register the event belongs to
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param experiment the experiment as planned
     */
    record Registered(String registerId, Stamp stamp, Experiment experiment) implements ExperimentEvent {
        /**
         * Checks that no component is missing.
         *
         * @param registerId the register the event belongs to
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param experiment the experiment as planned
         */
        public Registered {
            Objects.requireNonNull(registerId, "registerId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(experiment, "experiment");
        }

        @Override
        public ExperimentNumber number() {
            return experiment.number();
        }
    }

    /**
     * A step of the lifecycle: started, extended, decided regular, made regular, completed, stopped, split.
     *
     * @param registerId the register the event belongs to
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param number     the experiment's number in the register
     * @param transition the step, with its date
     */
    record Transitioned(String registerId, Stamp stamp, ExperimentNumber number, Transition transition) implements ExperimentEvent {
        /**
         * Checks that no component is missing.
         *
         * @param registerId the register the event belongs to
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param number     the experiment's number in the register
         * @param transition the step, with its date
         */
        public Transitioned {
            Objects.requireNonNull(registerId, "registerId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(transition, "transition");
        }
    }

    /**
     * A KPI measured, with the date of the measurement and where the figure comes from.
     *
     * @param registerId  the register the event belongs to
     * @param stamp       who gave the command, why, and the day it takes effect (if known)
     * @param number      the experiment's number in the register
     * @param kpi         the KPI's name
     * @param measurement the measured value with its date
     * @param source      where the figure comes from
     */
    record Measured(String registerId, Stamp stamp, ExperimentNumber number, String kpi, Measurement measurement, String source)
        implements ExperimentEvent {
        /**
         * Checks that no component is missing.
         *
         * @param registerId  the register the event belongs to
         * @param stamp       who gave the command, why, and the day it takes effect (if known)
         * @param number      the experiment's number in the register
         * @param kpi         the KPI's name
         * @param measurement the measured value with its date
         * @param source      where the figure comes from
         */
        public Measured {
            Objects.requireNonNull(registerId, "registerId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(measurement, "measurement");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A review: its date, verdict and reason; the step it decides, if any, is a {@link Transitioned} of its own.
     *
     * @param registerId the register the event belongs to
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param number     the experiment's number in the register
     * @param review     the review: date, verdict and reason
     */
    record Reviewed(String registerId, Stamp stamp, ExperimentNumber number, Review review) implements ExperimentEvent {
        /**
         * Checks that no component is missing.
         *
         * @param registerId the register the event belongs to
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param number     the experiment's number in the register
         * @param review     the review: date, verdict and reason
         */
        public Reviewed {
            Objects.requireNonNull(registerId, "registerId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(review, "review");
        }
    }

    /**
     * A published row corrected: a new event, the earlier row stays in the journal.
     *
     * @param registerId the register the event belongs to
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param number     the experiment's number in the register
     * @param row        the row as now published
     */
    record RowCorrected(String registerId, Stamp stamp, ExperimentNumber number, PublishedRow row) implements ExperimentEvent {
        /**
         * Checks that no component is missing.
         *
         * @param registerId the register the event belongs to
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param number     the experiment's number in the register
         * @param row        the row as now published
         */
        public RowCorrected {
            Objects.requireNonNull(registerId, "registerId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(row, "row");
        }
    }
}
