package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.money.Money;

/**
 * A decision on one initiative. Each kind carries its {@link Motivation}; the budget effect in the
 * motivation is the decision's own (a grant's amounts, a deferral's reservation, nothing else).
 */
public sealed interface Decision {

    String initiativeId();

    DecisionKind kind();

    Motivation motivation();

    default BudgetEffect budgetEffect() {
        return motivation().budgetEffect();
    }

    /** The motivation in plain text, headed by what was decided. */
    default String motivationText(Locale locale) {
        return MotivationText.render(this, locale);
    }

    /** Granted: amounts per pot (usually the call's own) and the conditions attached. */
    record Granted(String initiativeId, Map<String, Money> amounts, List<String> conditions, Motivation motivation) implements Decision {
        public Granted {
            amounts = Map.copyOf(amounts);
            conditions = List.copyOf(conditions);
            Objects.requireNonNull(motivation, "motivation");
            if (!motivation.budgetEffect().granted().equals(amounts) || !motivation.budgetEffect().reserved().isEmpty()) {
                throw new IllegalArgumentException("the motivation's budget effect " + motivation.budgetEffect()
                    + " differs from the grant of " + amounts);
            }
            if (amounts.isEmpty()) {
                throw new IllegalArgumentException("a grant for " + initiativeId + " needs an amount from at least one pot");
            }
            for (Money amount : amounts.values()) {
                if (!amount.isPositive()) {
                    throw new IllegalArgumentException("a grant for " + initiativeId + " takes a positive amount from each pot, not " + amount);
                }
            }
        }

        public Money amount() {
            return Money.sum(amounts.values());
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.GRANTED;
        }
    }

    /** Referred: connected to a partner or a WIJ-team; no money. */
    record Referred(String initiativeId, String partner, Motivation motivation) implements Decision {
        public Referred {
            Objects.requireNonNull(partner, "partner");
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.REFERRED;
        }
    }

    /** In kind: space, equipment or support ("een ruimte en keuken"); no money. */
    record InKind(String initiativeId, String support, Motivation motivation) implements Decision {
        public InKind {
            Objects.requireNonNull(support, "support");
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.IN_KIND;
        }
    }

    /** Deferred: needs further work; may reserve money in a pot meanwhile. */
    record Deferred(String initiativeId, Optional<Map.Entry<String, Money>> reservation, Motivation motivation) implements Decision {
        public Deferred {
            Objects.requireNonNull(reservation, "reservation");
            requireEffect(motivation, reservation.map(r -> BudgetEffect.reserve(r.getKey(), r.getValue())).orElse(BudgetEffect.NONE));
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.DEFERRED;
        }
    }

    /** Rejected, with the reasons. */
    record Rejected(String initiativeId, List<Text> reasons, Motivation motivation) implements Decision {
        public Rejected {
            reasons = List.copyOf(reasons);
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.REJECTED;
        }
    }

    /** Withdrawn by the applicant. */
    record Withdrawn(String initiativeId, Motivation motivation) implements Decision {
        public Withdrawn {
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.WITHDRAWN;
        }
    }

    private static void requireEffect(Motivation motivation, BudgetEffect expected) {
        Objects.requireNonNull(motivation, "motivation");
        if (!motivation.budgetEffect().equals(expected)) {
            throw new IllegalArgumentException("the motivation's budget effect " + motivation.budgetEffect()
                + " differs from the decision's own " + expected);
        }
    }
}
