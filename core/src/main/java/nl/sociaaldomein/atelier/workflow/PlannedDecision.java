package nl.sociaaldomein.atelier.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A committee decision as a round file records it, before the round exists: it names the
 * initiative by id. {@link CommitteeDecisions#toDecisions} turns it into a {@code call.Decision}
 * once the initiative has been assessed.
 */
public sealed interface PlannedDecision {

    /** {@return the initiative decided on} */
    String initiativeId();

    /**
     * Granted: an amount per pot (usually only the call's pot) and the conditions attached.
     *
     * @param initiativeId the initiative
     * @param amounts      the amount from each pot
     * @param conditions   the conditions attached
     */
    record Granted(String initiativeId, Map<String, Money> amounts, List<String> conditions) implements PlannedDecision {
        /**
         * Checks that the initiative is named and keeps copies.
         *
         * @param initiativeId the initiative
         * @param amounts      the amount from each pot
         * @param conditions   the conditions attached
         */
        public Granted {
            Objects.requireNonNull(initiativeId, "initiativeId");
            amounts = Map.copyOf(amounts);
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * Connected to a partner or a WIJ-team; no money.
     *
     * @param initiativeId the initiative
     * @param partner      the partner or WIJ-team
     */
    record Referred(String initiativeId, String partner) implements PlannedDecision {
        /**
         * Checks that no component is missing.
         *
         * @param initiativeId the initiative
         * @param partner      the partner or WIJ-team
         */
        public Referred {
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(partner, "partner");
        }
    }

    /**
     * Support in kind ("een ruimte en keuken"); no money.
     *
     * @param initiativeId the initiative
     * @param support      what is given in kind
     */
    record InKind(String initiativeId, String support) implements PlannedDecision {
        /**
         * Checks that no component is missing.
         *
         * @param initiativeId the initiative
         * @param support      what is given in kind
         */
        public InKind {
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(support, "support");
        }
    }

    /**
     * Needs further work; may reserve money in the call's pot meanwhile.
     *
     * @param initiativeId the initiative
     * @param reservation  the amount reserved in the call's pot meanwhile, if any
     */
    record Deferred(String initiativeId, Optional<Money> reservation) implements PlannedDecision {
        /**
         * Checks that no component is missing.
         *
         * @param initiativeId the initiative
         * @param reservation  the amount reserved in the call's pot meanwhile, if any
         */
        public Deferred {
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(reservation, "reservation");
        }
    }

    /**
     * Not funded, with the reasons (in the file's language).
     *
     * @param initiativeId the initiative
     * @param reasons      why, one text per reason, in the file's language
     */
    record Rejected(String initiativeId, List<String> reasons) implements PlannedDecision {
        /**
         * Checks that the initiative is named and keeps a copy of the reasons.
         *
         * @param initiativeId the initiative
         * @param reasons      why, one text per reason, in the file's language
         */
        public Rejected {
            Objects.requireNonNull(initiativeId, "initiativeId");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Withdrawn by the applicant.
     *
     * @param initiativeId the initiative
     */
    record Withdrawn(String initiativeId) implements PlannedDecision {
        /**
         * Checks that the initiative is named.
         *
         * @param initiativeId the initiative
         */
        public Withdrawn {
            Objects.requireNonNull(initiativeId, "initiativeId");
        }
    }
}
