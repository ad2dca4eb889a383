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
 */
public record RoundSummary(String callId, int ideasReceived, Map<DecisionKind, KindTotal> perKind, int undecided,
                           Money requested, Money granted, Money reserved, Money ceiling,
                           Money remainingBeforeReservations, Money remaining) {

    /** How many decisions of a kind, and the money they carry (granted, or reserved for a deferral). */
    public record KindTotal(int count, Money amount) {
    }

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

    public int count(DecisionKind kind) {
        return perKind.get(kind).count();
    }

    public Money amount(DecisionKind kind) {
        return perKind.get(kind).amount();
    }
}
