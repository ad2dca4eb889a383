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

    String initiativeId();

    /** Granted: an amount per pot (usually only the call's pot) and the conditions attached. */
    record Granted(String initiativeId, Map<String, Money> amounts, List<String> conditions) implements PlannedDecision {
        public Granted {
            Objects.requireNonNull(initiativeId, "initiativeId");
            amounts = Map.copyOf(amounts);
            conditions = List.copyOf(conditions);
        }
    }

    /** Connected to a partner or a WIJ-team; no money. */
    record Referred(String initiativeId, String partner) implements PlannedDecision {
        public Referred {
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(partner, "partner");
        }
    }

    /** Support in kind ("een ruimte en keuken"); no money. */
    record InKind(String initiativeId, String support) implements PlannedDecision {
        public InKind {
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(support, "support");
        }
    }

    /** Needs further work; may reserve money in the call's pot meanwhile. */
    record Deferred(String initiativeId, Optional<Money> reservation) implements PlannedDecision {
        public Deferred {
            Objects.requireNonNull(initiativeId, "initiativeId");
            Objects.requireNonNull(reservation, "reservation");
        }
    }

    /** Not funded, with the reasons (in the file's language). */
    record Rejected(String initiativeId, List<String> reasons) implements PlannedDecision {
        public Rejected {
            Objects.requireNonNull(initiativeId, "initiativeId");
            reasons = List.copyOf(reasons);
        }
    }

    /** Withdrawn by the applicant. */
    record Withdrawn(String initiativeId) implements PlannedDecision {
        public Withdrawn {
            Objects.requireNonNull(initiativeId, "initiativeId");
        }
    }
}
