package nl.sociaaldomein.atelier.call;

import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.assessment.AssessmentTable;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * {@link RankedPolicy} on a round assessed from a score sheet and without decisions yet, over
 * primitive columns: eligibility, ranking ({@link ColumnRanking}), funding
 * ({@link InOrderFunding#amounts}) and the allocation check, with decisions built only when read
 * ({@link ColumnarDecisions}). The same rules and results as the object path, which a property
 * test compares; it exists because a call of a million initiatives is otherwise mostly
 * allocation and garbage collection.
 */
final class ColumnarTrial {

    private ColumnarTrial() {
    }

    static Result<Allocation> allocate(Round round, AssessmentTable table, RankedPolicy policy, Map<String, PotBalance> pots) {
        List<Initiative> initiatives = round.initiatives();
        Positions columns = round.positions();
        long[] requested = columns.requestedCents;
        int n = initiatives.size();
        int[] eligible = new int[n];
        int[] ineligible = new int[n];
        int eligibleCount = 0;
        int ineligibleCount = 0;
        boolean mayBar = round.mayBar();
        for (int p = 0; p < n; p++) {
            // As Candidate#isEligible: not barred or refused as above the maximum, assessed as eligible, asking for money.
            if (table.isEligible(p) && requested[p] > 0 && !round.refusesAsAboveMaximum(requested[p])
                && !(mayBar && round.barred(initiatives.get(p)).isPresent())) {
                eligible[eligibleCount++] = p;
            } else {
                ineligible[ineligibleCount++] = p;
            }
        }
        int[] ranked = java.util.Arrays.copyOf(eligible, eligibleCount);
        ColumnRanking.rank(ranked, table, columns.receiptSeconds, columns.receiptNanos, requested, initiatives);
        long[] inOrder = new long[eligibleCount];
        long maximum = round.call().maximumAmount().cents();
        for (int place = 0; place < eligibleCount; place++) {
            // As Candidate#fundable: never more than the call's maximum.
            inOrder[place] = Math.min(requested[ranked[place]], maximum);
        }
        PotBalance pot = pots.get(round.call().potId());
        long[] granted = InOrderFunding.amounts(inOrder, pot.available().cents(), round.call().minimumAmount().cents(),
            policy.whenItDoesNotFit());
        int[] order = java.util.Arrays.copyOf(ranked, n);
        System.arraycopy(ineligible, 0, order, eligibleCount, ineligibleCount);
        ColumnarDecisions decisions = new ColumnarDecisions(round, table, order, granted, eligibleCount,
            new InOrderFunding.Rules(round.call().potId(), RankedPolicy.ORDER_NAME));
        List<Problem> problems = AllocationCheck.problems(round, decisions, pots);
        return Result.of(problems, () -> new Allocation(round.call().id(), policy.id(), decisions));
    }
}
