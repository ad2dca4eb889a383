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

    Stamp stamp();

    /** Opens the call for applications. */
    record OpenCall(Stamp stamp) implements RoundCommand {
    }

    /** Files an application during intake; its intake channel is the initiative's. */
    record Submit(Stamp stamp, Initiative initiative) implements RoundCommand {
        public Submit {
            Objects.requireNonNull(initiative, "initiative");
        }
    }

    /** The applicant withdraws, before a decision is taken. */
    record Withdraw(Stamp stamp, String initiativeId) implements RoundCommand {
    }

    /** The applicant changes the amount requested, while assessment is open. */
    record AmendRequest(Stamp stamp, String initiativeId, Optional<Money> requestedAmount) implements RoundCommand {
    }

    /** One assessor's scores for one initiative, per criterion; the assessor may score again until assessment closes. */
    record RecordScores(Stamp stamp, String assessor, String initiativeId, Map<String, Integer> scores) implements RoundCommand {
        public RecordScores {
            scores = Map.copyOf(scores);
        }
    }

    /** Closes assessment: scores are final, decisions may be taken. */
    record CloseAssessment(Stamp stamp) implements RoundCommand {
    }

    /** A committee's decisions as given, and reservations kept back besides; posted to the ledger on the stamp's day. */
    record DecideAsCommittee(Stamp stamp, Text decidedBy, List<PlannedDecision> decisions, List<PlannedReservation> reservations)
        implements RoundCommand {
        public DecideAsCommittee {
            Objects.requireNonNull(decidedBy, "decidedBy");
            decisions = List.copyOf(decisions);
            reservations = List.copyOf(reservations);
        }
    }

    /** The profile's allocation policy, run on the round and the ledger as they stand on the stamp's day. */
    record DecideByPolicy(Stamp stamp, AllocationPolicy policy) implements RoundCommand {
        public DecideByPolicy {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /** An objection (bezwaar, Awb 6:4, 7:1) against the decision in force. */
    record FileObjection(Stamp stamp, String initiativeId, String grounds) implements RoundCommand {
    }

    /** The objection is upheld: {@code decision} replaces the old one from the stamp's day, motivated by {@code motivation}. */
    record UpholdObjection(Stamp stamp, String initiativeId, PlannedDecision decision, Text motivation) implements RoundCommand {
    }

    /** The objection is rejected: the decision stands, for the reasons in {@code motivation}. */
    record RejectObjection(Stamp stamp, String initiativeId, Text motivation) implements RoundCommand {
    }

    /** Pays an advance (voorschot, Awb 4:95) on a grant. */
    record PayAdvance(Stamp stamp, String initiativeId, Money amount) implements RoundCommand {
    }

    /** Settles a grant (vaststelling, Awb 4:42) at the final amount; the rest goes back to the pot. */
    record Settle(Stamp stamp, String initiativeId, Money amount) implements RoundCommand {
    }
}
