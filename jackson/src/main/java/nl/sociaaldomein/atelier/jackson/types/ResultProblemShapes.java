package nl.sociaaldomein.atelier.jackson.types;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.JsonIn;
import nl.sociaaldomein.atelier.jackson.shape.JsonOut;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * The library's one problem type ({@link nl.sociaaldomein.atelier.problem.Problem}, what a
 * {@code Result} carries), for a host that answers a request with its problems:
 * {@code {"code": "ledger.exceeds-remaining", "kind": "conflict", "place": {"file": null, "line": 0,
 * "column": 0, "path": "", "subjects": {"pot": "wmo-2016"}}, "message": {"nl": …, "en": …},
 * "text": "pot 'wmo-2016': …"}}. {@code text} is the place and message in the chosen language,
 * written for people and ignored when read.
 */
public final class ResultProblemShapes {

    /** The kind as a code: {@code invalid}, {@code conflict}, {@code not-found}. */
    public static final Shape<ProblemKind> KIND = Basic.code(ProblemKind.class);

    /** Where a problem is: every field written, {@code file} null and line and column 0 when not known. */
    public static final ObjectShape<Place> PLACE = Shape.object(Place.class, (place, out) -> {
        out.optional("file", place.file());
        out.field("line", place.line());
        out.field("column", place.column());
        out.field("path", place.path());
        out.map("subjects", place.subjects(), Basic.STRING);
    }, in -> {
        Optional<String> file = in.optionalString("file");
        int line = in.smallNumber("line");
        int column = in.smallNumber("column");
        String path = in.string("path");
        Map<String, String> subjects = in.map("subjects", Basic.STRING);
        return in.build(() -> new Place(file, line, column, path, subjects));
    });

    /** The problem. */
    public static final ObjectShape<Problem> PROBLEM = Shape.object(Problem.class, (problem, out) -> {
        out.field("code", problem.code());
        out.field("kind", problem.kind(), KIND);
        out.field("place", problem.place(), PLACE);
        out.field("message", problem.message(), TextShape.TEXT);
        out.field("text", problem.describe(out.options().locale()));
    }, in -> {
        in.ignore("text");
        String code = in.string("code");
        ProblemKind kind = in.get("kind", KIND);
        Place place = in.get("place", PLACE);
        Text message = in.get("message", TextShape.TEXT);
        return in.build(() -> new Problem(code, kind, place, message));
    });

    /**
     * Any value, written with the JSON library's own serializers (the host's mapper): the value of
     * a {@code Result<T>}, whose {@code T} is the caller's. Reading one needs its type, which only
     * the adapter knows; it hands {@link #result} a shape of its own for that.
     */
    public static final Shape<Object> ANY_VALUE = new Shape<>() {
        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public void write(Object value, JsonOut out) {
            out.value(value);
        }

        @Override
        public Object read(JsonIn in) {
            in.problem("cannot be read without its type (ask for a Result<YourType>)");
            return null;
        }
    };

    /** A result of any value, for writing: {@link #result} with {@link #ANY_VALUE}. */
    public static final ObjectShape<Result<Object>> RESULT = result(ANY_VALUE);

    private ResultProblemShapes() {
    }

    /**
     * A {@link Result}: {@code {"ok": true, "value": …}} or {@code {"ok": false, "problems":
     * [Problem, …]}} (at least one problem, as a failed result has).
     *
     * @param <T>   the value's type
     * @param value the value's shape
     * @return the shape
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> ObjectShape<Result<T>> result(Shape<T> value) {
        return Shape.object((Class<Result<T>>) (Class) Result.class, (result, out) -> {
            out.field("ok", result.isOk());
            if (result instanceof Result.Ok<T> ok) {
                out.field("value", ok.value(), value);
            } else {
                out.list("problems", result.problems(), PROBLEM);
            }
        }, in -> {
            Boolean ok = in.get("ok", Basic.BOOLEAN);
            if (ok == null) {
                return null;
            }
            if (ok) {
                T read = in.get("value", value);
                return in.build(() -> Result.ok(read));
            }
            List<Problem> problems = in.list("problems", PROBLEM);
            if (problems.isEmpty() && !in.hasProblems()) {
                in.fieldProblem("problems", "must list at least one problem when ok is false");
            }
            return in.build(() -> Result.failed(problems));
        });
    }
}
