package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One initiative's assessment against a framework. Held compactly (one number per criterion),
 * because a call may hold very many; {@link #criterionResults()} spells it out per criterion.
 */
public final class AssessmentResult {

    /** Marks a criterion for which no score was recorded. */
    static final long NOT_ASSESSED = -1;

    private final CriteriaFramework framework;
    private final String initiativeId;
    private final long[] hundredths;
    /** Null when the framework has no automatic rules (saves an array per initiative). */
    private final RuleVerdict[] ruleVerdicts;
    private final String[][] dissent;
    private final long total;
    private final boolean eligible;

    AssessmentResult(CriteriaFramework framework, String initiativeId, long[] hundredths,
                     RuleVerdict[] ruleVerdicts, String[][] dissent) {
        this.framework = framework;
        this.initiativeId = initiativeId;
        this.hundredths = hundredths;
        this.ruleVerdicts = ruleVerdicts;
        this.dissent = dissent;
        this.total = totalOf(framework, hundredths, 0);
        this.eligible = eligibleOf(framework, hundredths, ruleVerdicts, 0, total);
    }

    /** Σ weight × combined score over the scored criteria of the row starting at {@code from}. */
    static long totalOf(CriteriaFramework framework, long[] hundredths, int from) {
        long sum = 0;
        List<Criterion> criteria = framework.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c.kind() == CriterionKind.SCORED && hundredths[from + i] != NOT_ASSESSED) {
                sum += c.weight() * hundredths[from + i];
            }
        }
        return sum;
    }

    /** Every criterion passed or (informational) recorded, and the total at least the framework's minimum. */
    static boolean eligibleOf(CriteriaFramework framework, long[] hundredths, RuleVerdict[] ruleVerdicts, int from, long total) {
        List<Criterion> criteria = framework.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Verdict v = verdictOf(c, hundredths[from + i], ruleVerdicts == null ? null : ruleVerdicts[from + i]);
            if (v == Verdict.FAILED || (v == Verdict.NOT_ASSESSED && c.kind() != CriterionKind.INFORMATIONAL)) {
                return false;
            }
        }
        return total >= framework.minimumTotal() * 100;
    }

    /**
     * A result with nothing recorded: what a committee decision without published scores refers to.
     *
     * @param framework    the call's criteria framework
     * @param initiativeId the initiative
     * @return the result, {@link Verdict#NOT_ASSESSED} on every criterion
     */
    public static AssessmentResult notAssessed(CriteriaFramework framework, String initiativeId) {
        int n = framework.criteria().size();
        long[] none = new long[n];
        java.util.Arrays.fill(none, NOT_ASSESSED);
        return new AssessmentResult(framework, initiativeId, none, null, null);
    }

    /**
     * A result recorded before (read back from JSON, say): per criterion of the framework, in its
     * order, the {@link CriterionResult} that {@link #criterionResults()} gave. What a result is
     * made of is taken from them: the combined score, an automatic rule's verdict and reason (a
     * rule's criterion with a verdict of passed or failed and no score), and the dissent; the
     * verdicts, the total and eligibility are computed again, as for any result.
     *
     * @param framework    the framework assessed against
     * @param initiativeId the initiative assessed
     * @param results      one result per criterion, in the framework's order
     * @return the result
     * @throws IllegalArgumentException when the results do not name the framework's criteria in its order, or a score is negative
     */
    public static AssessmentResult of(CriteriaFramework framework, String initiativeId, List<CriterionResult> results) {
        Objects.requireNonNull(initiativeId, "initiativeId");
        List<Criterion> criteria = framework.criteria();
        if (results.size() != criteria.size()) {
            throw new IllegalArgumentException("framework " + framework.id() + " has " + criteria.size() + " criteria, not " + results.size());
        }
        long[] hundredths = new long[criteria.size()];
        RuleVerdict[] rules = new RuleVerdict[criteria.size()];
        String[][] dissent = new String[criteria.size()][];
        boolean anyRule = false;
        boolean anyDissent = false;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionResult result = results.get(i);
            Criterion criterion = criteria.get(i);
            if (!result.criterion().id().equals(criterion.id())) {
                throw new IllegalArgumentException("criterion " + (i + 1) + " of framework " + framework.id() + " is "
                    + criterion.id() + ", not " + result.criterion().id());
            }
            long score = result.scoreHundredths().orElse(NOT_ASSESSED);
            if (result.scoreHundredths().isPresent() && score < 0) {
                throw new IllegalArgumentException("criterion " + criterion.id() + ": a score is not negative, not " + score);
            }
            hundredths[i] = score;
            if (criterion.isAutomatic() && result.scoreHundredths().isEmpty()
                    && (result.verdict() == Verdict.PASSED || result.verdict() == Verdict.FAILED)) {
                rules[i] = new RuleVerdict(result.verdict() == Verdict.PASSED, result.explanation());
                anyRule = true;
            }
            if (!result.dissent().isEmpty()) {
                dissent[i] = result.dissent().toArray(String[]::new);
                anyDissent = true;
            }
        }
        return new AssessmentResult(framework, initiativeId, hundredths, anyRule ? rules : null, anyDissent ? dissent : null);
    }

    /** {@return the framework the initiative was assessed under} */
    public CriteriaFramework framework() {
        return framework;
    }

    /** {@return the initiative assessed} */
    public String initiativeId() {
        return initiativeId;
    }

    /** {@return Σ weight × combined score over the scored criteria, in hundredths of a point} */
    public long totalHundredths() {
        return total;
    }

    /**
     * Whether the initiative may be funded: every knock-out passed, every scored criterion assessed and above its
     * minimum, and the total above the framework's minimum.
     *
     * @return true when eligible
     */
    public boolean isEligible() {
        return eligible;
    }

    /** {@return whether anything at all was recorded for this initiative} */
    public boolean isAssessed() {
        for (int i = 0; i < hundredths.length; i++) {
            if (hundredths[i] != NOT_ASSESSED || rule(i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict on one criterion.
     *
     * @param criterionIndex the criterion's index in the framework's order
     * @return the verdict
     */
    public Verdict verdict(int criterionIndex) {
        return verdictOf(framework.criteria().get(criterionIndex), hundredths[criterionIndex], rule(criterionIndex));
    }

    /** The verdict on one criterion from its combined score and, for an automatic rule, the rule's verdict (else null). */
    static Verdict verdictOf(Criterion c, long score, RuleVerdict rule) {
        if (rule != null) {
            return rule.passed() ? Verdict.PASSED : Verdict.FAILED;
        }
        if (score == NOT_ASSESSED) {
            return Verdict.NOT_ASSESSED;
        }
        return switch (c.kind()) {
            case INFORMATIONAL -> Verdict.RECORDED;
            case KNOCK_OUT -> score >= 100 ? Verdict.PASSED : Verdict.FAILED;
            case SCORED -> c.minimum().isPresent() && score < c.minimum().get() * 100L ? Verdict.FAILED : Verdict.PASSED;
        };
    }

    private RuleVerdict rule(int criterionIndex) {
        return ruleVerdicts == null ? null : ruleVerdicts[criterionIndex];
    }

    /** {@return the result per criterion, in the framework's order: one entry for every criterion} */
    public List<CriterionResult> criterionResults() {
        List<CriterionResult> results = new ArrayList<>(hundredths.length);
        for (int i = 0; i < hundredths.length; i++) {
            results.add(resultFor(i));
        }
        return List.copyOf(results);
    }

    /**
     * The result on one criterion (index in the framework's order); as {@code criterionResults().get(i)}.
     *
     * @param i the criterion's index in the framework's order
     * @return the result
     */
    public CriterionResult criterionResult(int i) {
        return resultFor(i);
    }

    private CriterionResult resultFor(int i) {
        Criterion c = framework.criteria().get(i);
        Verdict verdict = verdict(i);
        List<String> dissenters = dissent == null || dissent[i] == null ? List.of() : List.of(dissent[i]);
        if (rule(i) != null) {
            return new CriterionResult(c, verdict, OptionalLong.empty(), c.rule().map(AutomaticRule::id).orElse("rule"),
                rule(i).reason(), dissenters);
        }
        if (hundredths[i] == NOT_ASSESSED) {
            return new CriterionResult(c, verdict, OptionalLong.empty(), "none", verdict.label(), dissenters);
        }
        String nl = "score " + Points.format(hundredths[i], Locale.ROOT) + " op " + c.scale().min() + "–" + c.scale().max()
            + c.minimum().map(m -> ", minimum " + m).orElse("");
        String en = "score " + Points.format(hundredths[i], Locale.ENGLISH) + " on " + c.scale().min() + "–" + c.scale().max()
            + c.minimum().map(m -> ", minimum " + m).orElse("");
        return new CriterionResult(c, verdict, OptionalLong.of(hundredths[i]), framework.combination().id(), Text.of(nl, en), dissenters);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssessmentResult other && other.framework == framework && other.initiativeId.equals(initiativeId)
            && java.util.Arrays.equals(other.hundredths, hundredths) && java.util.Arrays.equals(other.ruleVerdicts, ruleVerdicts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(initiativeId, java.util.Arrays.hashCode(hundredths));
    }

    @Override
    public String toString() {
        return "AssessmentResult[" + initiativeId + ", total " + Points.format(total, Locale.ROOT) + (eligible ? ", eligible]" : ", not eligible]");
    }
}
