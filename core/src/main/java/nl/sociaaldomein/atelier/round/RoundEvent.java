package nl.sociaaldomein.atelier.round;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;

/**
 * What happened to a round, as the journal keeps it: immutable values, each with the
 * {@link Stamp} of the command that caused it (actor, reason, effective day when known). The
 * state of a round is the fold of its events ({@link RoundState}). JSON shapes: docs/calls.md,
 * "Events".
 */
public sealed interface RoundEvent {

    /** {@return the call the event belongs to; one journal holds many rounds} */
    String callId();

    Stamp stamp();

    /** The call opens for applications (intake starts). */
    record CallOpened(String callId, Stamp stamp) implements RoundEvent {
        public CallOpened {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    /** An application is filed (Awb 4:1), with its intake channel on the initiative. */
    record InitiativeSubmitted(String callId, Stamp stamp, Initiative initiative) implements RoundEvent {
        public InitiativeSubmitted {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiative, "initiative");
        }
    }

    /** The applicant withdraws the application. */
    record InitiativeWithdrawn(String callId, Stamp stamp, String initiativeId) implements RoundEvent {
        public InitiativeWithdrawn {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiativeId, "initiativeId");
        }
    }

    /** The applicant changes the amount requested (empty: no amount any more). */
    record RequestAmended(String callId, Stamp stamp, String initiativeId, Optional<Money> requestedAmount) implements RoundEvent {
        public RequestAmended {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(requestedAmount, "requestedAmount");
        }
    }

    /** One assessor's scores for one initiative, per criterion id; replaces that assessor's earlier scores for it. */
    record ScoresRecorded(String callId, Stamp stamp, String assessor, String initiativeId, Map<String, Integer> scores)
        implements RoundEvent {
        public ScoresRecorded {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(assessor, "assessor");
            Objects.requireNonNull(initiativeId, "initiativeId");
            scores = Map.copyOf(scores);
        }
    }

    /** The assessment phase closes: scores are final. */
    record AssessmentClosed(String callId, Stamp stamp) implements RoundEvent {
        public AssessmentClosed {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    /**
     * Decisions taken on the day of the stamp, by a committee or a policy ({@code decidedBy}), with
     * the reservations kept back besides. The decisions are recorded as taken, so a fold never runs
     * a policy again.
     */
    record DecisionsTaken(String callId, Stamp stamp, Text decidedBy, List<DecisionRecord> decisions,
                          List<PlannedReservation> reservations) implements RoundEvent {
        public DecisionsTaken {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(decidedBy, "decidedBy");
            decisions = List.copyOf(decisions);
            reservations = List.copyOf(reservations);
        }
    }

    /** An objection (bezwaar, Awb 6:4 and 7:1) against the decision in force on an initiative. */
    record ObjectionFiled(String callId, Stamp stamp, String initiativeId, String grounds) implements RoundEvent {
        public ObjectionFiled {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(grounds, "grounds");
        }
    }

    /**
     * The decision on an objection: upheld with a new decision that replaces the old one from the
     * stamp's day (its own motivation in {@code motivation}), or rejected (the decision stands).
     */
    record ObjectionDecided(String callId, Stamp stamp, String initiativeId, boolean upheld, Text motivation,
                            Optional<DecisionRecord> revised) implements RoundEvent {
        public ObjectionDecided {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(motivation, "motivation");
            Objects.requireNonNull(revised, "revised");
            if (upheld != revised.isPresent()) {
                throw new IllegalArgumentException("an upheld objection carries the new decision, a rejected one none");
            }
        }
    }
}
