package nl.sociaaldomein.atelier.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * Assesses initiatives against a framework: combines the assessors' scores per criterion, runs
 * the automatic rules, and decides eligibility. All input problems are collected; when there is
 * any, nothing is assessed.
 */
public final class Assessments {

    private Assessments() {
    }

    /**
     * Assesses every initiative; the answer holds one result per initiative, keyed by its id.
     * Rejected: a score for an unknown initiative or criterion, a score outside the criterion's
     * scale, a score for a criterion an automatic rule decides, or the same assessor scoring
     * the same initiative and criterion twice.
     *
     * @param framework   the call's criteria framework
     * @param conditions  what the call asks, for the automatic rules
     * @param initiatives the initiatives of the round
     * @param scores      every assessor's scores
     * @return one result per initiative by id, or every problem ({@code input.invalid} and others, each placed)
     */
    public static Result<Map<String, AssessmentResult>> assess(
        CriteriaFramework framework, CallConditions conditions, List<Initiative> initiatives, List<AssessorScore> scores) {
        int n = initiatives.size();
        int c = framework.criteria().size();
        Map<String, Integer> initiativeIndex = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            initiativeIndex.put(initiatives.get(i).id(), i);
        }
        List<Problem> problems = new ArrayList<>();
        // Lay the scores out per (initiative, criterion) cell: count, then fill (no boxing, no lists per cell).
        int[] cellOf = new int[scores.size()];
        int[] start = new int[n * c + 1];
        for (int s = 0; s < scores.size(); s++) {
            AssessorScore score = scores.get(s);
            Integer i = initiativeIndex.get(score.initiativeId());
            int k = framework.indexOf(score.criterionId());
            if (i == null) {
                problems.add(Problem.notFound("assessment.unknown-initiative", where(s, score), "onbekend initiatief " + score.initiativeId(), "unknown initiative " + score.initiativeId()));
            }
            if (k < 0) {
                problems.add(Problem.notFound("assessment.unknown-criterion", where(s, score), "onbekend criterium " + score.criterionId(), "unknown criterion " + score.criterionId()));
            } else {
                Criterion criterion = framework.criteria().get(k);
                if (criterion.isAutomatic()) {
                    problems.add(Problem.invalid("assessment.scored-automatic-criterion", where(s, score), "dit criterium wordt door een automatische regel beoordeeld",
                        "this criterion is judged by an automatic rule"));
                } else if (!criterion.scale().contains(score.score())) {
                    problems.add(Problem.invalid("assessment.score-outside-scale", where(s, score),
                        "score " + score.score() + " ligt buiten de schaal " + criterion.scale().min() + "–" + criterion.scale().max(),
                        "score " + score.score() + " is outside the scale " + criterion.scale().min() + "–" + criterion.scale().max()));
                }
            }
            cellOf[s] = i == null || k < 0 ? -1 : i * c + k;
            if (cellOf[s] >= 0) {
                start[cellOf[s] + 1]++;
            }
        }
        for (int cell = 0; cell < n * c; cell++) {
            start[cell + 1] += start[cell];
        }
        int[] order = new int[start[n * c]];
        int[] fill = java.util.Arrays.copyOf(start, n * c);
        for (int s = 0; s < scores.size(); s++) {
            if (cellOf[s] >= 0) {
                order[fill[cellOf[s]]++] = s;
            }
        }
        problems.addAll(duplicates(scores, start, order));
        if (!problems.isEmpty()) {
            return Result.failed(problems);
        }
        boolean hasRules = framework.criteria().stream().anyMatch(Criterion::isAutomatic);
        Map<String, AssessmentResult> results = new HashMap<>(n * 2);
        int[] buffer = new int[16];
        for (int i = 0; i < n; i++) {
            Initiative initiative = initiatives.get(i);
            long[] hundredths = new long[c];
            RuleVerdict[] verdicts = hasRules ? new RuleVerdict[c] : null;
            String[][] dissent = null;
            for (int k = 0; k < c; k++) {
                Criterion criterion = framework.criteria().get(k);
                if (criterion.isAutomatic()) {
                    verdicts[k] = criterion.rule().get().judge(initiative, conditions);
                    hundredths[k] = AssessmentResult.NOT_ASSESSED;
                    continue;
                }
                int from = start[i * c + k];
                int count = start[i * c + k + 1] - from;
                if (count == 0) {
                    hundredths[k] = AssessmentResult.NOT_ASSESSED;
                    continue;
                }
                if (buffer.length < count) {
                    buffer = new int[count];
                }
                for (int j = 0; j < count; j++) {
                    buffer[j] = scores.get(order[from + j]).score();
                }
                hundredths[k] = framework.combination().combineHundredths(buffer, count);
                if (framework.combination().recordsDissent()) {
                    String[] dissenters = dissenters(scores, order, from, count, hundredths[k]);
                    if (dissenters.length > 0) {
                        dissent = dissent == null ? new String[c][] : dissent;
                        dissent[k] = dissenters;
                    }
                }
            }
            results.put(initiative.id(), new AssessmentResult(framework, initiative.id(), hundredths, verdicts, dissent));
        }
        return Result.ok(results);
    }

    /**
     * Assesses every initiative from one assessor's {@link ScoreSheet}, with the same rules as
     * {@link #assess(CriteriaFramework, CallConditions, List, List)}: the table's
     * {@link AssessmentTable#result(int)} equals that path's result for the same scores.
     * Rejected: a sheet of another size than initiatives × criteria, a score outside its
     * criterion's scale, or a score for a criterion an automatic rule decides.
     *
     * @param framework   the call's criteria framework
     * @param conditions  what the call asks, for the automatic rules
     * @param initiatives the initiatives of the round, in its order
     * @param sheet       one assessor's scores
     * @return the table of results, or every problem
     */
    public static Result<AssessmentTable> assess(
        CriteriaFramework framework, CallConditions conditions, List<Initiative> initiatives, ScoreSheet sheet) {
        return SheetAssessment.assess(framework, conditions, initiatives, sheet);
    }

    /** Where a score sits in the input (its 1-based position), for a problem (built only when there is a problem). */
    private static Place where(int index, AssessorScore score) {
        return Place.about("score", String.valueOf(index + 1)).and("assessor", score.assessor())
            .and("initiative", score.initiativeId()).and("criterion", score.criterionId());
    }

    private static String[] dissenters(List<AssessorScore> scores, int[] order, int from, int count, long combined) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            AssessorScore score = scores.get(order[from + j]);
            if (score.score() * 100L != combined) {
                out.add(score.assessor() + " (" + score.score() + ")");
            }
        }
        return out.toArray(String[]::new);
    }

    private static List<Problem> duplicates(List<AssessorScore> scores, int[] start, int[] order) {
        List<Problem> problems = new ArrayList<>();
        for (int cell = 0; cell + 1 < start.length; cell++) {
            for (int a = start[cell]; a < start[cell + 1]; a++) {
                for (int b = a + 1; b < start[cell + 1]; b++) {
                    AssessorScore first = scores.get(order[a]);
                    if (first.assessor().equals(scores.get(order[b]).assessor())) {
                        problems.add(Problem.conflict("assessment.duplicate-score", where(order[b], first),
                            "deze beoordelaar heeft dit criterium voor dit initiatief al gescoord",
                            "this assessor already scored this criterion for this initiative"));
                    }
                }
            }
        }
        return problems;
    }
}
