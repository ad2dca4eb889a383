package nl.sociaaldomein.atelier.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Assesses from a {@link ScoreSheet}: the same rules as the list path of {@link Assessments}
 * (combination, automatic rules, eligibility), cell by cell over primitive arrays.
 */
final class SheetAssessment {

    private SheetAssessment() {
    }

    static Result<AssessmentTable> assess(CriteriaFramework framework, CallConditions conditions,
                                                           List<Initiative> initiatives, ScoreSheet sheet) {
        int n = initiatives.size();
        List<Criterion> criteria = framework.criteria();
        int c = criteria.size();
        if (sheet.criteria() != c || sheet.initiatives() != n) {
            return Result.failed(Problem.invalid("assessment.sheet-size", Place.about("score-sheet", sheet.assessor()),
                "heeft " + sheet.initiatives() + " × " + sheet.criteria() + " cellen; de oproep vraagt " + n + " × " + c,
                "has " + sheet.initiatives() + " × " + sheet.criteria() + " cells; the call needs " + n + " × " + c));
        }
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        boolean hasRules = false;
        for (Criterion criterion : criteria) {
            hasRules |= criterion.isAutomatic();
        }
        ScoreCombination combination = framework.combination();
        boolean recordsDissent = combination.recordsDissent();
        long[] hundredths = new long[n * c];
        RuleVerdict[] verdicts = hasRules ? new RuleVerdict[n * c] : null;
        Map<Integer, String[]> dissent = new HashMap<>();
        int[] one = new int[1];
        for (int k = 0; k < c; k++) {
            Criterion criterion = criteria.get(k);
            int min = criterion.scale().min();
            int max = criterion.scale().max();
            for (int i = 0; i < n; i++) {
                int cell = i * c + k;
                int score = sheet.score(i, k);
                if (criterion.isAutomatic()) {
                    if (score != ScoreSheet.NOT_SCORED) {
                        problems.add(Problem.invalid("assessment.scored-automatic-criterion", where(sheet, initiatives.get(i), criterion),
                            "dit criterium wordt door een automatische regel beoordeeld", "this criterion is judged by an automatic rule"));
                    }
                    verdicts[cell] = criterion.rule().get().judge(initiatives.get(i), conditions);
                    hundredths[cell] = AssessmentResult.NOT_ASSESSED;
                } else if (score == ScoreSheet.NOT_SCORED) {
                    hundredths[cell] = AssessmentResult.NOT_ASSESSED;
                } else if (score < min || score > max) {
                    problems.add(Problem.invalid("assessment.score-outside-scale", where(sheet, initiatives.get(i), criterion),
                        "score " + score + " ligt buiten de schaal " + min + "–" + max, "score " + score + " is outside the scale " + min + "–" + max));
                } else {
                    one[0] = score;
                    hundredths[cell] = combination.combineHundredths(one, 1);
                    if (recordsDissent && score * 100L != hundredths[cell]) {
                        dissent.put(cell, new String[] {sheet.assessor() + " (" + score + ")"});
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return Result.failed(problems);
        }
        return Result.ok(new AssessmentTable(framework, List.copyOf(initiatives), hundredths, verdicts, dissent));
    }

    private static Place where(ScoreSheet sheet, Initiative initiative, Criterion criterion) {
        return Place.about("score-sheet", sheet.assessor()).and("initiative", initiative.id()).and("criterion", criterion.id());
    }
}
