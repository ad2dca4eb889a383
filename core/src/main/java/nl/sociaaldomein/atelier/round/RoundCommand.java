package nl.sociaaldomein.atelier.round;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedDecision;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;

/**
 * What a user or an embedding system asks of a round, on its own day: {@link RoundService#handle}
 * checks it against the round's state (the call's phases, the profile's policy, the ledger) and
 * records the events it causes, or refuses it with a {@link RoundRefusal} and records nothing.
 * The table of commands, events and refusals: docs/calls.md, "Commands".
 */
public sealed interface RoundCommand {

    /** {@return who gives the command, why, and the day it takes effect (if known)} */
    Stamp stamp();

    /**
     * Opens the call for applications.
     *
     * @param stamp who gave the command, why, and the day it takes effect (if known)
     */
    record OpenCall(Stamp stamp) implements RoundCommand {
    }

    /**
     * Files an application during intake; its intake channel is the initiative's.
     *
     * @param stamp      who gave the command, why, and the day it takes effect (if known)
     * @param initiative the initiative as filed
     */
    record Submit(Stamp stamp, Initiative initiative) implements RoundCommand {
        /**
         * Checks that the initiative is given.
         *
         * @param stamp      who gave the command, why, and the day it takes effect (if known)
         * @param initiative the initiative as filed
         */
        public Submit {
            Objects.requireNonNull(initiative, "initiative");
        }
    }

    /**
     * The applicant withdraws, before a decision is taken.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     */
    record Withdraw(Stamp stamp, String initiativeId) implements RoundCommand {
    }

    /**
     * The applicant changes the amount requested, while assessment is open.
     *
     * @param stamp           who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId    the initiative
     * @param requestedAmount the new amount requested; empty for no amount
     */
    record AmendRequest(Stamp stamp, String initiativeId, Optional<Money> requestedAmount) implements RoundCommand {
    }

    /**
     * One assessor's scores for one initiative, per criterion; the assessor may score again until assessment closes.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param assessor     who scored
     * @param initiativeId the initiative
     * @param scores       the score per criterion id
     */
    record RecordScores(Stamp stamp, String assessor, String initiativeId, Map<String, Integer> scores) implements RoundCommand {
        /**
         * Keeps a copy of the scores.
         *
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param assessor     who scored
         * @param initiativeId the initiative
         * @param scores       the score per criterion id
         */
        public RecordScores {
            scores = Map.copyOf(scores);
        }
    }

    /**
     * Closes assessment: scores are final, decisions may be taken.
     *
     * @param stamp who gave the command, why, and the day it takes effect (if known)
     */
    record CloseAssessment(Stamp stamp) implements RoundCommand {
    }

    /**
     * A committee's decisions as given, and reservations kept back besides; posted to the ledger on the stamp's day.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param decidedBy    who decided, e.g. the college of B&amp;W or a policy
     * @param decisions    the committee's decisions, one per initiative decided
     * @param reservations reservations kept back besides the initiatives
     */
    record DecideAsCommittee(Stamp stamp, Text decidedBy, List<PlannedDecision> decisions, List<PlannedReservation> reservations)
        implements RoundCommand {
        /**
         * Checks that the committee is named and keeps copies of the lists.
         *
         * @param stamp        who gave the command, why, and the day it takes effect (if known)
         * @param decidedBy    who decided, e.g. the college of B&amp;W or a policy
         * @param decisions    the committee's decisions, one per initiative decided
         * @param reservations reservations kept back besides the initiatives
         */
        public DecideAsCommittee {
            Objects.requireNonNull(decidedBy, "decidedBy");
            decisions = List.copyOf(decisions);
            reservations = List.copyOf(reservations);
        }
    }

    /**
     * The profile's allocation policy, run on the round and the ledger as they stand on the stamp's day.
     *
     * @param stamp  who gave the command, why, and the day it takes effect (if known)
     * @param policy the profile's allocation policy
     */
    record DecideByPolicy(Stamp stamp, AllocationPolicy policy) implements RoundCommand {
        /**
         * Checks that the policy is given.
         *
         * @param stamp  who gave the command, why, and the day it takes effect (if known)
         * @param policy the profile's allocation policy
         */
        public DecideByPolicy {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * An objection (bezwaar, Awb 6:4, 7:1) against the decision in force.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param grounds      the grounds of the objection, in words
     */
    record FileObjection(Stamp stamp, String initiativeId, String grounds) implements RoundCommand {
    }

    /**
     * The objection is upheld: {@code decision} replaces the old one from the stamp's day, motivated by {@code motivation}.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param decision     the decision that replaces the one in force
     * @param motivation   why, in words
     */
    record UpholdObjection(Stamp stamp, String initiativeId, PlannedDecision decision, Text motivation) implements RoundCommand {
    }

    /**
     * The objection is rejected: the decision stands, for the reasons in {@code motivation}.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param motivation   why the decision stands, in words
     */
    record RejectObjection(Stamp stamp, String initiativeId, Text motivation) implements RoundCommand {
    }

    /**
     * Pays an advance (voorschot, Awb 4:95) on a grant.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param amount       the advance
     */
    record PayAdvance(Stamp stamp, String initiativeId, Money amount) implements RoundCommand {
    }

    /**
     * Settles a grant (vaststelling, Awb 4:42) at the final amount; the rest goes back to the pot.
     *
     * @param stamp        who gave the command, why, and the day it takes effect (if known)
     * @param initiativeId the initiative
     * @param amount       the final subsidy
     */
    record Settle(Stamp stamp, String initiativeId, Money amount) implements RoundCommand {
    }
}
