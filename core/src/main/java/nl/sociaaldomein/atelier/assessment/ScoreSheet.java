package nl.sociaaldomein.atelier.assessment;

import java.util.Arrays;
import java.util.Objects;

/**
 * One assessor's scores for a whole call, held as a table: one {@code int} per (initiative,
 * criterion), rows in the round's initiative order, columns in the framework's criterion order.
 * The columnar counterpart of a list of {@link AssessorScore}s with one assessor per cell; for a
 * call of a million initiatives it avoids five million score objects and id look-ups.
 * {@link #NOT_SCORED} marks a cell without a score (and must mark every automatic criterion).
 */
public final class ScoreSheet {

    /** A cell without a score. */
    public static final int NOT_SCORED = Integer.MIN_VALUE;

    private final String assessor;
    private final int criteria;
    private final int[] scores;

    private ScoreSheet(String assessor, int criteria, int[] scores) {
        this.assessor = assessor;
        this.criteria = criteria;
        this.scores = scores;
    }

    /**
     * @param criteria the number of columns (the framework's criteria)
     * @param scores row by row: {@code scores[initiative * criteria + criterion]}; copied
     * @param assessor who scored
     * @return the sheet
     * @throws IllegalArgumentException when the cells do not fill whole rows
     */
    public static ScoreSheet of(String assessor, int criteria, int[] scores) {
        Objects.requireNonNull(assessor, "assessor");
        if (criteria <= 0 || scores.length % criteria != 0) {
            throw new IllegalArgumentException("a score sheet of " + criteria + " columns cannot hold " + scores.length + " cells");
        }
        return new ScoreSheet(assessor, criteria, scores.clone());
    }

    /** {@return who scored} */
    public String assessor() {
        return assessor;
    }

    /** {@return the number of columns: the framework's criteria} */
    public int criteria() {
        return criteria;
    }

    /** {@return the number of rows: the round's initiatives} */
    public int initiatives() {
        return scores.length / criteria;
    }

    /**
     * The score in a cell, or {@link #NOT_SCORED}.
     *
     * @param initiative the row: the initiative's position in the round's order
     * @param criterion  the column: the criterion's index in the framework's order
     * @return the score
     */
    public int score(int initiative, int criterion) {
        return scores[initiative * criteria + criterion];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreSheet other && other.assessor.equals(assessor) && other.criteria == criteria
            && Arrays.equals(other.scores, scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessor, criteria, Arrays.hashCode(scores));
    }

    @Override
    public String toString() {
        return "ScoreSheet[" + assessor + ", " + initiatives() + " × " + criteria + "]";
    }
}
