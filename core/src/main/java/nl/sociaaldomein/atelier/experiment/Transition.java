package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * One step of an experiment's lifecycle, dated at the precision the source gives, with the
 * review that decided it when there was one. {@link Lifecycle#apply} accepts or rejects it.
 */
public sealed interface Transition {

    /** {@return when the step took effect; must be known (at least the year)} */
    PartialDate on();

    /** {@return the review that decided this step, if any} */
    Optional<Review> review();

    /** {@return the state this step leads to} */
    ExperimentState target();

    /**
     * The experiment starts: in preparation → running.
     *
     * @param on     the day it took effect, at the precision known
     * @param review the review that decided it, if any
     */
    record Start(PartialDate on, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing.
         *
         * @param on     the day it took effect, at the precision known
         * @param review the review that decided it, if any
         */
        public Start {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.RUNNING;
        }
    }

    /**
     * Extended to a new planned end ("Loopt (Wordt verlengd)"); the new end may be unknown when not published.
     *
     * @param on     the day it took effect, at the precision known
     * @param newEnd the new planned end; unknown when not published
     * @param review the review that decided it, if any
     */
    record Extend(PartialDate on, PartialDate newEnd, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing.
         *
         * @param on     the day it took effect, at the precision known
         * @param newEnd the new planned end; unknown when not published
         * @param review the review that decided it, if any
         */
        public Extend {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(newEnd, "newEnd");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.EXTENDED;
        }
    }

    /**
     * Decided to become regular policy ("Ja, wordt omgezet naar regulier").
     *
     * @param on     the day it took effect, at the precision known
     * @param review the review that decided it, if any
     */
    record DecideRegular(PartialDate on, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing.
         *
         * @param on     the day it took effect, at the precision known
         * @param review the review that decided it, if any
         */
        public DecideRegular {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.BECOMING_REGULAR;
        }
    }

    /**
     * Now regular policy ("Ja, regulier ingezet").
     *
     * @param on     the day it took effect, at the precision known
     * @param review the review that decided it, if any
     */
    record MakeRegular(PartialDate on, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing.
         *
         * @param on     the day it took effect, at the precision known
         * @param review the review that decided it, if any
         */
        public MakeRegular {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.MADE_REGULAR;
        }
    }

    /**
     * Finished successfully ("Ja, afgerond").
     *
     * @param on     the day it took effect, at the precision known
     * @param review the review that decided it, if any
     */
    record Complete(PartialDate on, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing.
         *
         * @param on     the day it took effect, at the precision known
         * @param review the review that decided it, if any
         */
        public Complete {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.COMPLETED;
        }
    }

    /**
     * Stopped, not successful ("Nee, beëindigd").
     *
     * @param on     the day it took effect, at the precision known
     * @param review the review that decided it, if any
     */
    record Stop(PartialDate on, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing.
         *
         * @param on     the day it took effect, at the precision known
         * @param review the review that decided it, if any
         */
        public Stop {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.STOPPED;
        }
    }

    /**
     * Split into successors, each going on with a lifecycle of its own ("Ja, opgesplitst").
     *
     * @param on         the day it took effect, at the precision known
     * @param successors what it split into
     * @param review     the review that decided it, if any
     */
    record Split(PartialDate on, List<Successor> successors, Optional<Review> review) implements Transition {
        /**
         * Checks that no component is missing and keeps a copy of the successors.
         *
         * @param on         the day it took effect, at the precision known
         * @param successors what it split into
         * @param review     the review that decided it, if any
         */
        public Split {
            Objects.requireNonNull(on, "on");
            successors = List.copyOf(successors);
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.SPLIT;
        }
    }
}
