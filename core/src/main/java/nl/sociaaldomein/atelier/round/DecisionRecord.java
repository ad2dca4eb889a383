package nl.sociaaldomein.atelier.round;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.call.Decisions;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A decision as an event keeps it: everything of a {@link Decision} but the assessment, which the
 * round's state holds (assessment is closed before anything is decided). {@link #toDecision} gives
 * the decision back with the same motivation.
 *
 * @param amounts     per pot, for a grant
 * @param conditions  attached to a grant
 * @param partner     who a referred initiative is connected to
 * @param support     what an in-kind decision gives
 * @param reservation the pot and amount a deferral keeps back, if any
 * @param reasons     of a rejection
 * @param rule        the rule or body that decided ("besluit van het college…", a policy's wording)
 * @param kind         what was decided
 * @param initiativeId the initiative
 */
public record DecisionRecord(DecisionKind kind, String initiativeId, Map<String, Money> amounts, List<String> conditions,
                             Optional<String> partner, Optional<String> support, Optional<Map.Entry<String, Money>> reservation,
                             List<Text> reasons, Text rule) {

    /**
     * Checks that no component is missing and keeps copies of the lists and map.
     *
     * @param kind         what was decided
     * @param initiativeId the initiative
     * @param amounts      per pot, for a grant
     * @param conditions   attached to a grant
     * @param partner      who a referred initiative is connected to
     * @param support      what an in-kind decision gives
     * @param reservation  the pot and amount a deferral keeps back, if any
     * @param reasons      of a rejection
     * @param rule         the rule or body that decided ("besluit van het college…", a policy's wording)
     */
    public DecisionRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(initiativeId, "initiativeId");
        amounts = Map.copyOf(amounts);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(reservation, "reservation");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * A grant.
     *
     * @param initiativeId the initiative
     * @param amounts      the amount from each pot
     * @param conditions   the conditions attached
     * @param rule         the rule that decided, in words
     * @return the record
     */
    public static DecisionRecord granted(String initiativeId, Map<String, Money> amounts, List<String> conditions, Text rule) {
        return new DecisionRecord(DecisionKind.GRANTED, initiativeId, amounts, conditions, Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), rule);
    }

    /**
     * A rejection.
     *
     * @param initiativeId the initiative
     * @param reasons      why, one text per reason
     * @param rule         the rule that decided, in words
     * @return the record
     */
    public static DecisionRecord rejected(String initiativeId, List<Text> reasons, Text rule) {
        return new DecisionRecord(DecisionKind.REJECTED, initiativeId, Map.of(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), reasons, rule);
    }

    /**
     * A withdrawal by the applicant.
     *
     * @param initiativeId the initiative
     * @param rule         why, in words
     * @return the record
     */
    public static DecisionRecord withdrawn(String initiativeId, Text rule) {
        return new DecisionRecord(DecisionKind.WITHDRAWN, initiativeId, Map.of(), List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), rule);
    }

    /**
     * What a decision records, its assessment left out.
     *
     * @param decision the decision
     * @return the record
     */
    public static DecisionRecord of(Decision decision) {
        Text rule = decision.motivation().decidingRule();
        String id = decision.initiativeId();
        if (decision instanceof Decision.Granted g) {
            return granted(id, g.amounts(), g.conditions(), rule);
        }
        if (decision instanceof Decision.Referred r) {
            return new DecisionRecord(DecisionKind.REFERRED, id, Map.of(), List.of(), Optional.of(r.partner()), Optional.empty(),
                Optional.empty(), List.of(), rule);
        }
        if (decision instanceof Decision.InKind k) {
            return new DecisionRecord(DecisionKind.IN_KIND, id, Map.of(), List.of(), Optional.empty(), Optional.of(k.support()),
                Optional.empty(), List.of(), rule);
        }
        if (decision instanceof Decision.Deferred d) {
            return new DecisionRecord(DecisionKind.DEFERRED, id, Map.of(), List.of(), Optional.empty(), Optional.empty(),
                d.reservation().map(e -> Map.entry(e.getKey(), e.getValue())), List.of(), rule);
        }
        if (decision instanceof Decision.Rejected r) {
            return rejected(id, r.reasons(), rule);
        }
        return withdrawn(id, rule);
    }

    /**
     * The decision, motivated by {@code assessment} (the initiative's, as the round holds it).
     *
     * @param assessment the initiative's assessment
     * @return the decision
     */
    public Decision toDecision(AssessmentResult assessment) {
        switch (kind) {
            case GRANTED: return Decisions.grantedFromPots(assessment, amounts, rule, conditions);
            case REFERRED: return Decisions.referred(assessment, partner.orElseThrow(), rule);
            case IN_KIND: return Decisions.inKind(assessment, support.orElseThrow(), rule);
            case DEFERRED: return reservation.<Decision>map(r -> Decisions.deferredWithReservation(assessment, r.getKey(), r.getValue(), rule))
                .orElseGet(() -> Decisions.deferred(assessment, rule));
            case REJECTED: return Decisions.rejected(assessment, reasons, rule);
            default: return Decisions.withdrawn(assessment, rule);
        }
    }

    /** {@return the amount granted, all pots together; zero for any other kind} */
    public Money grantedTotal() {
        return Money.sum(amounts.values());
    }

    /** {@return the amounts in pot order, for text and comparison} */
    public Map<String, Money> amountsSorted() {
        return new TreeMap<>(amounts);
    }
}
