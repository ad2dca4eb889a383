package nl.sociaaldomein.atelier.jackson.types;

import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.jackson.shape.Basic;
import nl.sociaaldomein.atelier.jackson.shape.ObjectShape;
import nl.sociaaldomein.atelier.jackson.shape.Shape;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
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

    private ResultProblemShapes() {
    }
}
