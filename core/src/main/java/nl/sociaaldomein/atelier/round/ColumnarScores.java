package nl.sociaaldomein.atelier.round;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.ScoreSheet;
import nl.sociaaldomein.atelier.call.Round;

/**
 * A round's folded scores as one {@link ScoreSheet}, so that {@link RoundState#round()} assesses on
 * the columnar route the round file path takes for a large call (a million initiatives are then a
 * few arrays instead of five million score objects and a million results). The sheet holds one
 * assessor, so it is made only when every score is that one assessor's and names a criterion of
 * the framework that is scored by hand; any other round is assessed from the list of scores.
 * Both routes give the same round (a property test compares them).
 */
final class ColumnarScores {

    private ColumnarScores() {
    }

    /** The sheet, rows in the round's initiative order; empty when the scores do not fit one. */
    static Optional<ScoreSheet> sheet(RoundState state, Round opened) {
        Map<String, LinkedHashMap<String, Map<String, Integer>>> scores = state.scoresByInitiative();
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        CriteriaFramework framework = state.framework();
        int criteria = framework.criteria().size();
        if (criteria == 0) {
            return Optional.empty();
        }
        int[] cells = new int[Math.multiplyExact(opened.initiatives().size(), criteria)];
        Arrays.fill(cells, ScoreSheet.NOT_SCORED);
        String assessor = null;
        for (Map.Entry<String, LinkedHashMap<String, Map<String, Integer>>> initiative : scores.entrySet()) {
            int row = opened.indexOf(initiative.getKey());
            if (row < 0 || initiative.getValue().size() > 1) {
                return Optional.empty();
            }
            for (Map.Entry<String, Map<String, Integer>> sheet : initiative.getValue().entrySet()) {
                if (assessor == null) {
                    assessor = sheet.getKey();
                } else if (!assessor.equals(sheet.getKey())) {
                    return Optional.empty();
                }
                for (Map.Entry<String, Integer> score : sheet.getValue().entrySet()) {
                    int column = framework.indexOf(score.getKey());
                    if (column < 0 || framework.criteria().get(column).isAutomatic() || score.getValue() == ScoreSheet.NOT_SCORED) {
                        return Optional.empty();
                    }
                    cells[row * criteria + column] = score.getValue();
                }
            }
        }
        return Optional.of(ScoreSheet.of(assessor, criteria, cells));
    }
}
