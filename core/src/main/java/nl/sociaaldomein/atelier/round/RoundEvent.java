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

    /** {@return who gave the command the event came from, why, and the day it takes effect (if known)} */
    Stamp stamp();

    /**
     * The call opens for applications (intake starts).
     *
     * @param callId the call the round is of
     * @param stamp  who gave the command, why, and the day it takes effect (if known)
     */
    record CallOpened(String callId, Stamp stamp) implements RoundEvent {
        /**
         * Checks that no component is missing.
         *
         * @param callId the call the round is of
         * @param stamp  who gave the command, why, and the day it takes effect (if known)
         */
        public CallOpened {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    /**
     * An application is filed (Awb 4:1), with its intake channel on the initiative.
     *
     * @param callId     the call the round is of
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param initiative the initiative as filed
     */
    record InitiativeSubmitted(String callId, Stamp stamp, Initiative initiative) implements RoundEvent {
        /**
         * Checks that no component is missing.
         *
         * @param callId     the call the round is of
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param initiative the initiative as filed
         */
        public InitiativeSubmitted {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiative, "initiative");
        }
    }

    /**
     * The applicant withdraws the application.
     *
     * @param callId       the call the round is of
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     */
    record InitiativeWithdrawn(String callId, Stamp stamp, String initiativeId) implements RoundEvent {
        /**
         * Checks that no component is missing.
         *
         * @param callId       the call the round is of
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param initiativeId the initiative
         */
        public InitiativeWithdrawn {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiativeId, "initiativeId");
        }
    }

    /**
     * The applicant changes the amount requested (empty: no amount any more).
     *
     * @param callId          the call the round is of
     * @param stamp           who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId    the initiative
     * @param requestedAmount the new amount requested; empty for no amount
     */
    record RequestAmended(String callId, Stamp stamp, String initiativeId, Optional<Money> requestedAmount) implements RoundEvent {
        /**
         * Checks that no component is missing.
         *
         * @param callId          the call the round is of
         * @param stamp           who gave the command, why, and the day it takes effect (if known)
         * @param initiativeId    the initiative
         * @param requestedAmount the new amount requested; empty for no amount
         */
        public RequestAmended {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(requestedAmount, "requestedAmount");
        }
    }

    /**
     * One assessor's scores for one initiative, per criterion id; replaces that assessor's earlier scores for it.
     *
     * @param callId       the call the round is of
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param assessor     who scored
     * @param initiativeId the initiative
     * @param scores       the score per criterion id
     */
    record ScoresRecorded(String callId, Stamp stamp, String assessor, String initiativeId, Map<String, Integer> scores)
        implements RoundEvent {
        /**
         * Checks that no component is missing and keeps a copy of the scores.
         *
         * @param callId       the call the round is of
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param assessor     who scored
         * @param initiativeId the initiative
         * @param scores       the score per criterion id
         */
        public ScoresRecorded {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(assessor, "assessor");
            Objects.requireNonNull(initiativeId, "initiativeId");
            scores = Map.copyOf(scores);
        }
    }

    /**
     * The assessment phase closes: scores are final.
     *
     * @param callId the call the round is of
     * @param stamp  who gave the command, why, and the day it takes effect (if known)
     */
    record AssessmentClosed(String callId, Stamp stamp) implements RoundEvent {
        /**
         * Checks that no component is missing.
         *
         * @param callId the call the round is of
         * @param stamp  who gave the command, why, and the day it takes effect (if known)
         */
        public AssessmentClosed {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
        }
    }

    /**
     * Decisions taken on the day of the stamp, by a committee or a policy ({@code decidedBy}), with
     * the reservations kept back besides. The decisions are recorded as taken, so a fold never runs
     * a policy again.
     *
     * @param callId       the call the round is of
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param decidedBy    who decided, e.g. the college of B&amp;W or a policy
     * @param decisions    the decisions, as events keep them
     * @param reservations reservations kept back besides the initiatives
     */
    record DecisionsTaken(String callId, Stamp stamp, Text decidedBy, List<DecisionRecord> decisions,
                          List<PlannedReservation> reservations) implements RoundEvent {
        /**
         * Checks that no component is missing and keeps copies of the lists.
         *
         * @param callId       the call the round is of
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param decidedBy    who decided, e.g. the college of B&amp;W or a policy
         * @param decisions    the decisions, as events keep them
         * @param reservations reservations kept back besides the initiatives
         */
        public DecisionsTaken {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(decidedBy, "decidedBy");
            decisions = List.copyOf(decisions);
            reservations = List.copyOf(reservations);
        }
    }

    /**
     * An objection (bezwaar, Awb 6:4 and 7:1) against the decision in force on an initiative.
     *
     * @param callId       the call the round is of
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param grounds      the grounds of the objection, in words
     */
    record ObjectionFiled(String callId, Stamp stamp, String initiativeId, String grounds) implements RoundEvent {
        /**
         * Checks that no component is missing.
         *
         * @param callId       the call the round is of
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param initiativeId the initiative
         * @param grounds      the grounds of the objection, in words
         */
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
     *
     * @param callId       the call the round is of
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param upheld       whether the objection is upheld
     * @param motivation   why, in words
     * @param revised      the new decision when upheld; empty when rejected
     */
    record ObjectionDecided(String callId, Stamp stamp, String initiativeId, boolean upheld, Text motivation,
                            Optional<DecisionRecord> revised) implements RoundEvent {
        /**
         * Checks that no component is missing and that only an upheld objection carries a new decision.
         *
         * @param callId       the call the round is of
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param initiativeId the initiative
         * @param upheld       whether the objection is upheld
         * @param motivation   why, in words
         * @param revised      the new decision when upheld; empty when rejected
         * @throws IllegalArgumentException when {@code upheld} and {@code revised} disagree
         */
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
