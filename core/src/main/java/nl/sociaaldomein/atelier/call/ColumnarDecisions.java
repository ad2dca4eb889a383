package nl.sociaaldomein.atelier.call;

import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.AssessmentTable;
import nl.sociaaldomein.atelier.money.Money;

/**
 * The decisions of an in-order allocation held as columns: the position of each decided
 * initiative in decision order (the funded order first, then the ineligible in the round's
 * order) and what each was granted. A decision with its motivation is built when it is read, and
 * equals the one the object path builds; an allocation of a million initiatives therefore holds
 * two arrays, not a million decisions. Immutable (the list refuses changes).
 */
final class ColumnarDecisions extends AbstractList<Decision> implements RandomAccess {

    private final Round round;
    private final AssessmentTable table;
    private final int[] positions;
    private final long[] granted;
    private final int eligibleCount;
    private final InOrderFunding.Rules rules;

    /**
     * @param positions round positions in decision order; the first {@code eligibleCount} were funded in this order
     * @param granted cents granted per place (0: not funded), for the first {@code eligibleCount} places
     */
    ColumnarDecisions(Round round, AssessmentTable table, int[] positions, long[] granted, int eligibleCount, InOrderFunding.Rules rules) {
        this.round = round;
        this.table = table;
        this.positions = positions;
        this.granted = granted;
        this.eligibleCount = eligibleCount;
        this.rules = rules;
    }

    @Override
    public Decision get(int index) {
        int position = positions[index];
        AssessmentResult assessment = table.result(position);
        if (index < eligibleCount) {
            Money requested = round.initiatives().get(position).requestedAmount().orElse(Money.ZERO);
            Money maximum = round.call().maximumAmount();
            return rules.decision(assessment, requested, requested.isGreaterThan(maximum) ? maximum : requested, granted[index]);
        }
        Candidate candidate = round.candidateAt(position, assessment);
        return Decisions.rejected(assessment, candidate.ineligibility(), InOrderFunding.INELIGIBLE_RULE);
    }

    @Override
    public int size() {
        return positions.length;
    }

    /** The round position of the initiative decided at this index. */
    int positionAt(int index) {
        return positions[index];
    }

    /** Cents granted at this index (0 for a rejection). */
    long grantedAt(int index) {
        return index < eligibleCount ? granted[index] : 0;
    }

    /** As {@link Allocation#budgetEffect()}, from the column: all grants come from the call's pot. */
    BudgetEffect budgetEffect() {
        long total = 0;
        for (int i = 0; i < eligibleCount; i++) {
            total = Math.addExact(total, granted[i]);
        }
        return total == 0 ? BudgetEffect.NONE : new BudgetEffect(Map.of(rules.pot, Money.ofCents(total)), Map.of());
    }
}
