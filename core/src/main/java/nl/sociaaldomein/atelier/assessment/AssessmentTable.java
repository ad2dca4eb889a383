package nl.sociaaldomein.atelier.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Initiative;

/**
 * The assessments of a whole call held column-wise: combined scores per (initiative, criterion),
 * and per initiative its total and eligibility, by position in the round's initiative order.
 * {@link #result(int)} builds the same {@link AssessmentResult} the object path gives, when it is
 * read; a call of a million initiatives thus holds a few arrays rather than a million results.
 * Made by {@link Assessments#assess(CriteriaFramework, CallConditions, List, ScoreSheet)}.
 */
public final class AssessmentTable {

    private final CriteriaFramework framework;
    private final List<Initiative> initiatives;
    private final long[] hundredths;
    /** Null when the framework has no automatic rules. */
    private final RuleVerdict[] ruleVerdicts;
    /** Dissenters per cell, only for the (rare) cells that have any. */
    private final Map<Integer, String[]> dissent;
    private final long[] totals;
    private final boolean[] eligible;

    AssessmentTable(CriteriaFramework framework, List<Initiative> initiatives, long[] hundredths, RuleVerdict[] ruleVerdicts,
                    Map<Integer, String[]> dissent) {
        this.framework = framework;
        this.initiatives = initiatives;
        this.hundredths = hundredths;
        this.ruleVerdicts = ruleVerdicts;
        this.dissent = dissent;
        int n = initiatives.size();
        int c = framework.criteria().size();
        this.totals = new long[n];
        this.eligible = new boolean[n];
        for (int i = 0; i < n; i++) {
            totals[i] = AssessmentResult.totalOf(framework, hundredths, i * c);
            eligible[i] = AssessmentResult.eligibleOf(framework, hundredths, ruleVerdicts, i * c, totals[i]);
        }
    }

    /** {@return the framework every initiative was assessed under} */
    public CriteriaFramework framework() {
        return framework;
    }

    /** {@return the number of initiatives (rows)} */
    public int size() {
        return totals.length;
    }

    /**
     * As {@link AssessmentResult#totalHundredths()} of the initiative at this position.
     *
     * @param position the initiative's position in the round's order
     * @return the weighted total in hundredths of a point
     */
    public long totalHundredths(int position) {
        return totals[position];
    }

    /**
     * As {@link AssessmentResult#isEligible()} of the initiative at this position.
     *
     * @param position the initiative's position in the round's order
     * @return true when eligible
     */
    public boolean isEligible(int position) {
        return eligible[position];
    }

    /**
     * The initiative's assessment, built on each call (equal each time).
     *
     * @param position the initiative's position in the round's order
     * @return the result
     */
    public AssessmentResult result(int position) {
        int c = framework.criteria().size();
        int from = position * c;
        String[][] cells = null;
        if (!dissent.isEmpty()) {
            for (int k = 0; k < c; k++) {
                String[] names = dissent.get(from + k);
                if (names != null) {
                    cells = cells == null ? new String[c][] : cells;
                    cells[k] = names;
                }
            }
        }
        return new AssessmentResult(framework, initiatives.get(position).id(), Arrays.copyOfRange(hundredths, from, from + c),
            ruleVerdicts == null ? null : Arrays.copyOfRange(ruleVerdicts, from, from + c), cells);
    }

    @Override
    public String toString() {
        return "AssessmentTable[" + framework.id() + ", " + size() + " initiatives]";
    }
}
