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

    /** The experiment starts: in preparation → running. */
    record Start(PartialDate on, Optional<Review> review) implements Transition {
        public Start {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.RUNNING;
        }
    }

    /** Extended to a new planned end ("Loopt (Wordt verlengd)"); the new end may be unknown when not published. */
    record Extend(PartialDate on, PartialDate newEnd, Optional<Review> review) implements Transition {
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

    /** Decided to become regular policy ("Ja, wordt omgezet naar regulier"). */
    record DecideRegular(PartialDate on, Optional<Review> review) implements Transition {
        public DecideRegular {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.BECOMING_REGULAR;
        }
    }

    /** Now regular policy ("Ja, regulier ingezet"). */
    record MakeRegular(PartialDate on, Optional<Review> review) implements Transition {
        public MakeRegular {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.MADE_REGULAR;
        }
    }

    /** Finished successfully ("Ja, afgerond"). */
    record Complete(PartialDate on, Optional<Review> review) implements Transition {
        public Complete {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.COMPLETED;
        }
    }

    /** Stopped, not successful ("Nee, beëindigd"). */
    record Stop(PartialDate on, Optional<Review> review) implements Transition {
        public Stop {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(review, "review");
        }

        @Override
        public ExperimentState target() {
            return ExperimentState.STOPPED;
        }
    }

    /** Split into successors, each going on with a lifecycle of its own ("Ja, opgesplitst"). */
    record Split(PartialDate on, List<Successor> successors, Optional<Review> review) implements Transition {
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
