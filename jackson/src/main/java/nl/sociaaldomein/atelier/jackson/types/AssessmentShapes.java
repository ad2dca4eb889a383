package nl.sociaaldomein.atelier.jackson.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.AutomaticRule;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.assessment.Criterion;
import nl.sociaaldomein.atelier.assessment.CriterionKind;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.assessment.Scale;
import nl.sociaaldomein.atelier.assessment.Verdict;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Assessments. A framework is written whole for readers and read back by its id from the
 * {@link Frameworks} the mapper knows (its rules are code); an {@link AssessmentResult} is
 * written with its framework's id, the total and eligibility, and one object per criterion:
 *
 * <pre>{@code
 * {"framework": "innovatieatelier", "initiativeId": "gr2016-19", "assessed": true, "eligible": true, "totalHundredths": 7500,
 *  "criteria": [{"criterion": "innovatief", "label": {"nl": ..., "en": ...}, "kind": "scored", "verdict": "passed",
 *                "scoreHundredths": 750, "decidedBy": "mean", "explanation": {"nl": ..., "en": ...}, "dissent": []}]}
 * }</pre>
 *
 * Read back from the scores, the automatic rules' verdicts and reasons and the dissent; the
 * verdicts must agree with what the framework computes from them.
 */
public final class AssessmentShapes {

    private static final Shape<CriterionKind> KIND = Basic.code(CriterionKind.class);
    private static final Shape<Verdict> VERDICT = Basic.code(Verdict.class);

    private static final ObjectShape<Scale> SCALE = Shape.object(Scale.class, (scale, out) -> {
        out.field("min", scale.min());
        out.field("max", scale.max());
    }, in -> {
        int min = in.smallNumber("min");
        int max = in.smallNumber("max");
        return in.build(() -> new Scale(min, max));
    });

    private final Frameworks frameworks;
    private final Shape<CriteriaFramework> framework;
    private final ObjectShape<AssessmentResult> result;
    private final Shape<CriterionResult> criterionResult;

    /**
     * The shapes, reading frameworks from {@code frameworks}.
     *
     * @param frameworks the frameworks known by id
     */
    public AssessmentShapes(Frameworks frameworks) {
        this.frameworks = frameworks;
        this.framework = Shape.object(CriteriaFramework.class, AssessmentShapes::writeFramework, in -> {
            in.ignore("name", "criteria", "requiredWeightTotal", "minimumTotal", "combination");
            String id = in.string("id");
            return id == null ? null : known(in, "id", id);
        });
        this.result = Shape.object(AssessmentResult.class, AssessmentShapes::writeResult, this::readResult);
        this.criterionResult = Shape.object(CriterionResult.class, AssessmentShapes::writeCriterionResult, in -> {
            in.problem("a criterion result is read as part of its assessment (AssessmentResult), which names the framework");
            return null;
        });
    }

    /**
     * A criteria framework: written whole, read back by id.
     *
     * @return the shape
     */
    public Shape<CriteriaFramework> framework() {
        return framework;
    }

    /**
     * An assessment of one initiative.
     *
     * @return the shape
     */
    public ObjectShape<AssessmentResult> result() {
        return result;
    }

    /**
     * One criterion's result: written as in an assessment; read only as part of one.
     *
     * @return the shape
     */
    public Shape<CriterionResult> criterionResult() {
        return criterionResult;
    }

    private static void writeFramework(CriteriaFramework f, JsonOut out) {
        out.field("id", f.id());
        out.field("name", f.name(), TextShape.TEXT);
        out.name("criteria");
        out.startArray();
        for (Criterion c : f.criteria()) {
            out.startObject();
            out.field("id", c.id());
            out.field("label", c.label(), TextShape.TEXT);
            out.field("kind", c.kind(), KIND);
            out.field("scale", c.scale(), SCALE);
            out.field("weight", c.weight());
            out.optional("minimum", c.minimum(), Basic.INT);
            out.optional("rule", c.rule().map(AutomaticRule::id));
            out.endObject();
        }
        out.endArray();
        out.optional("requiredWeightTotal", f.requiredWeightTotal(), Basic.INT);
        out.field("minimumTotal", f.minimumTotal());
        out.field("combination", f.combination().id());
    }

    private static void writeResult(AssessmentResult r, JsonOut out) {
        out.field("framework", r.framework().id());
        out.field("initiativeId", r.initiativeId());
        out.field("assessed", r.isAssessed());
        out.field("eligible", r.isEligible());
        out.field("totalHundredths", r.totalHundredths());
        out.name("criteria");
        out.startArray();
        for (CriterionResult c : r.criterionResults()) {
            out.startObject();
            writeCriterionResult(c, out);
            out.endObject();
        }
        out.endArray();
    }

    private static void writeCriterionResult(CriterionResult c, JsonOut out) {
        out.field("criterion", c.criterion().id());
        out.field("label", c.criterion().label(), TextShape.TEXT);
        out.field("kind", c.criterion().kind(), KIND);
        out.field("verdict", c.verdict(), VERDICT);
        out.optional("scoreHundredths", c.scoreHundredths().isPresent() ? Optional.of(c.scoreHundredths().getAsLong()) : Optional.empty(),
            Basic.LONG);
        out.field("decidedBy", c.decidedBy());
        out.field("explanation", c.explanation(), TextShape.TEXT);
        out.list("dissent", c.dissent(), Basic.STRING);
    }

    private AssessmentResult readResult(JsonIn in) {
        in.ignore("assessed", "eligible", "totalHundredths");
        String frameworkId = in.string("framework");
        String initiativeId = in.string("initiativeId");
        CriteriaFramework f = frameworkId == null ? null : known(in, "framework", frameworkId);
        List<Given> given = in.list("criteria", Shape.object(Given.class, (g, out) -> { }, AssessmentShapes::given));
        if (f == null || in.hasProblems()) {
            return null;
        }
        List<CriterionResult> results = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Given g = given.get(i);
            int index = f.indexOf(g.criterion());
            if (index < 0) {
                in.problem("criterion " + (i + 1) + " is '" + g.criterion() + "', which framework " + f.id() + " does not have");
                return null;
            }
            results.add(new CriterionResult(f.criteria().get(index), g.verdict(), g.score(), g.decidedBy(), g.explanation(), g.dissent()));
        }
        AssessmentResult restored = in.build(() -> AssessmentResult.of(f, initiativeId, results));
        if (restored == null) {
            return null;
        }
        for (int i = 0; i < results.size(); i++) {
            Verdict computed = restored.verdict(i);
            if (computed != results.get(i).verdict()) {
                in.problem("criterion " + results.get(i).criterion().id() + " says " + Basic.code(results.get(i).verdict())
                    + ", but its score gives " + Basic.code(computed));
                return null;
            }
        }
        return restored;
    }

    private static Given given(JsonIn in) {
        in.ignore("label", "kind");
        String criterion = in.string("criterion");
        Verdict verdict = in.get("verdict", VERDICT);
        Optional<Long> score = in.optional("scoreHundredths", Basic.LONG);
        String decidedBy = in.string("decidedBy");
        Text explanation = in.get("explanation", TextShape.TEXT);
        List<String> dissent = in.list("dissent", Basic.STRING);
        return in.build(() -> new Given(criterion, verdict, score.map(OptionalLong::of).orElse(OptionalLong.empty()), decidedBy,
            explanation, dissent));
    }

    /**
     * The framework with this id, or a problem at the field that names it (and null).
     *
     * @param in    the object whose field names the framework
     * @param field the field
     * @param id    the id it gives
     * @return the framework, or null after a problem
     */
    CriteriaFramework known(JsonIn in, String field, String id) {
        Optional<CriteriaFramework> found = frameworks.framework(id);
        if (found.isEmpty()) {
            in.fieldProblem(field, "framework '" + id + "' is not known to this mapper"
                + (frameworks.ids().isEmpty() ? "" : " (it knows " + String.join(", ", frameworks.ids()) + ")")
                + "; register AtelierJacksonModule.withProfile(profile) for the profile whose framework it is");
            return null;
        }
        return found.get();
    }

    /** One criterion's result as the JSON gives it, before the framework is known. */
    private record Given(String criterion, Verdict verdict, OptionalLong score, String decidedBy, Text explanation, List<String> dissent) {
    }
}
