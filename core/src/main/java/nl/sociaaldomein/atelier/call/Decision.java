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

    /** {@return the initiative decided on} */
    String initiativeId();

    /** {@return what was decided} */
    DecisionKind kind();

    /** {@return why: the assessment, the deciding rule and the budget effect} */
    Motivation motivation();

    /** {@return what the decision grants and reserves, per pot} */
    default BudgetEffect budgetEffect() {
        return motivation().budgetEffect();
    }

    /**
     * The motivation in plain text, headed by what was decided.
     *
     * @param locale the reader's language
     * @return the text
     */
    default String motivationText(Locale locale) {
        return MotivationText.render(this, locale);
    }

    /**
     * Granted: amounts per pot (usually the call's own) and the conditions attached.
     *
     * @param initiativeId the initiative
     * @param amounts      the amount from each pot, each positive
     * @param conditions   the conditions attached, in words
     * @param motivation   why: the assessment, the deciding rule and the budget effect
     */
    record Granted(String initiativeId, Map<String, Money> amounts, List<String> conditions, Motivation motivation) implements Decision {
        /**
         * Keeps copies and checks that the motivation's budget effect is exactly this grant.
         *
         * @param initiativeId the initiative
         * @param amounts      the amount from each pot, each positive
         * @param conditions   the conditions attached, in words
         * @param motivation   why: the assessment, the deciding rule and the budget effect
         * @throws IllegalArgumentException when no pot or a non-positive amount is given, or the motivation's effect differs
         */
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

        /** {@return the amount granted, all pots together} */
        public Money amount() {
            return Money.sum(amounts.values());
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.GRANTED;
        }
    }

    /**
     * Referred: connected to a partner or a WIJ-team; no money.
     *
     * @param initiativeId the initiative
     * @param partner      the partner or WIJ-team it is connected to
     * @param motivation   why: the assessment, the deciding rule and the budget effect
     */
    record Referred(String initiativeId, String partner, Motivation motivation) implements Decision {
        /**
         * Checks that the partner is given and the motivation has no budget effect.
         *
         * @param initiativeId the initiative
         * @param partner      the partner or WIJ-team it is connected to
         * @param motivation   why: the assessment, the deciding rule and the budget effect
         * @throws IllegalArgumentException when the motivation has a budget effect
         */
        public Referred {
            Objects.requireNonNull(partner, "partner");
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.REFERRED;
        }
    }

    /**
     * In kind: space, equipment or support ("een ruimte en keuken"); no money.
     *
     * @param initiativeId the initiative
     * @param support      what is given in kind, e.g. "een ruimte en keuken"
     * @param motivation   why: the assessment, the deciding rule and the budget effect
     */
    record InKind(String initiativeId, String support, Motivation motivation) implements Decision {
        /**
         * Checks that the support is given and the motivation has no budget effect.
         *
         * @param initiativeId the initiative
         * @param support      what is given in kind, e.g. "een ruimte en keuken"
         * @param motivation   why: the assessment, the deciding rule and the budget effect
         * @throws IllegalArgumentException when the motivation has a budget effect
         */
        public InKind {
            Objects.requireNonNull(support, "support");
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.IN_KIND;
        }
    }

    /**
     * Deferred: needs further work; may reserve money in a pot meanwhile.
     *
     * @param initiativeId the initiative
     * @param reservation  the pot and amount reserved meanwhile, if any
     * @param motivation   why: the assessment, the deciding rule and the budget effect
     */
    record Deferred(String initiativeId, Optional<Map.Entry<String, Money>> reservation, Motivation motivation) implements Decision {
        /**
         * Checks that the motivation's budget effect is exactly the reservation.
         *
         * @param initiativeId the initiative
         * @param reservation  the pot and amount reserved meanwhile, if any
         * @param motivation   why: the assessment, the deciding rule and the budget effect
         * @throws IllegalArgumentException when the motivation's effect differs
         */
        public Deferred {
            Objects.requireNonNull(reservation, "reservation");
            requireEffect(motivation, reservation.map(r -> BudgetEffect.reserve(r.getKey(), r.getValue())).orElse(BudgetEffect.NONE));
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.DEFERRED;
        }
    }

    /**
     * Rejected, with the reasons.
     *
     * @param initiativeId the initiative
     * @param reasons      why, one text per reason
     * @param motivation   why: the assessment, the deciding rule and the budget effect
     */
    record Rejected(String initiativeId, List<Text> reasons, Motivation motivation) implements Decision {
        /**
         * Keeps a copy of the reasons and checks the motivation has no budget effect.
         *
         * @param initiativeId the initiative
         * @param reasons      why, one text per reason
         * @param motivation   why: the assessment, the deciding rule and the budget effect
         * @throws IllegalArgumentException when the motivation has a budget effect
         */
        public Rejected {
            reasons = List.copyOf(reasons);
            requireEffect(motivation, BudgetEffect.NONE);
        }

        @Override
        public DecisionKind kind() {
            return DecisionKind.REJECTED;
        }
    }

    /**
     * Withdrawn by the applicant.
     *
     * @param initiativeId the initiative
     * @param motivation   why: the assessment, the deciding rule and the budget effect
     */
    record Withdrawn(String initiativeId, Motivation motivation) implements Decision {
        /**
         * Checks that the motivation has no budget effect.
         *
         * @param initiativeId the initiative
         * @param motivation   why: the assessment, the deciding rule and the budget effect
         * @throws IllegalArgumentException when the motivation has a budget effect
         */
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
