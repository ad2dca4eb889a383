package nl.sociaaldomein.atelier.call;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A round in figures, as a council letter gives them (000_54832993d59957fc.txt: "Van de 43
 * ideeën hebben we uiteindelijk 19 initiatieven financieel gehonoreerd … € 887.685"): ideas
 * received, count and amount per decision kind, what was asked, granted and reserved, and what
 * remains of the ceiling before and after reservations.
 *
 * @param callId                      the call the round is of
 * @param ideasReceived               how many ideas came in
 * @param perKind                     the count and amount per decision kind
 * @param undecided                   how many initiatives have no decision yet
 * @param requested                   what the initiatives asked, together
 * @param granted                     what was granted, together
 * @param reserved                    what was reserved, together
 * @param ceiling                     the ceiling of the call's pot
 * @param remainingBeforeReservations the ceiling less what was granted
 * @param remaining                   the ceiling less what was granted and reserved
 */
public record RoundSummary(String callId, int ideasReceived, Map<DecisionKind, KindTotal> perKind, int undecided,
                           Money requested, Money granted, Money reserved, Money ceiling,
                           Money remainingBeforeReservations, Money remaining) {

    /**
     * How many decisions of a kind, and the money they carry (granted, or reserved for a deferral).
     *
     * @param count  how many decisions of the kind
     * @param amount the money they carry
     */
    public record KindTotal(int count, Money amount) {
    }

    /**
     * Keeps a copy of the totals per kind.
     *
     * @param callId                      the call the round is of
     * @param ideasReceived               how many ideas came in
     * @param perKind                     the count and amount per decision kind
     * @param undecided                   how many initiatives have no decision yet
     * @param requested                   what the initiatives asked, together
     * @param granted                     what was granted, together
     * @param reserved                    what was reserved, together
     * @param ceiling                     the ceiling of the call's pot
     * @param remainingBeforeReservations the ceiling less what was granted
     * @param remaining                   the ceiling less what was granted and reserved
     */
    public RoundSummary {
        perKind = Map.copyOf(perKind);
    }

    static RoundSummary of(Round round, Money ceiling) {
        Map<DecisionKind, int[]> counts = new EnumMap<>(DecisionKind.class);
        Map<DecisionKind, Money> amounts = new EnumMap<>(DecisionKind.class);
        for (DecisionKind kind : DecisionKind.values()) {
            counts.put(kind, new int[1]);
            amounts.put(kind, Money.ZERO);
        }
        Money requested = Money.ZERO;
        Money granted = Money.ZERO;
        Money reserved = Money.ZERO;
        int undecided = 0;
        for (Initiative initiative : round.initiatives()) {
            requested = requested.plus(initiative.requestedAmount().orElse(Money.ZERO));
            Optional<Decision> decision = round.decision(initiative.id());
            if (decision.isEmpty()) {
                undecided++;
                continue;
            }
            BudgetEffect effect = decision.get().budgetEffect();
            counts.get(decision.get().kind())[0]++;
            amounts.merge(decision.get().kind(), effect.grantedTotal().plus(effect.reservedTotal()), Money::plus);
            granted = granted.plus(effect.grantedTotal());
            reserved = reserved.plus(effect.reservedTotal());
        }
        Map<DecisionKind, KindTotal> perKind = new EnumMap<>(DecisionKind.class);
        for (DecisionKind kind : DecisionKind.values()) {
            perKind.put(kind, new KindTotal(counts.get(kind)[0], amounts.get(kind)));
        }
        Money beforeReservations = ceiling.minus(granted);
        return new RoundSummary(round.call().id(), round.initiatives().size(), perKind, undecided, requested, granted, reserved,
            ceiling, beforeReservations, beforeReservations.minus(reserved));
    }

    /**
     * How many decisions of a kind.
     *
     * @param kind the decision kind
     * @return the count
     */
    public int count(DecisionKind kind) {
        return perKind.get(kind).count();
    }

    /**
     * The money the decisions of a kind carry.
     *
     * @param kind the decision kind
     * @return granted, or reserved for a deferral
     */
    public Money amount(DecisionKind kind) {
        return perKind.get(kind).amount();
    }
}
