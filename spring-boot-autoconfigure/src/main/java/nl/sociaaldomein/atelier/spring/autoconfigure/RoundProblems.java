package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.round.RoundRefusal;

/**
 * A round command's {@link Refusal} as the library's one {@link Problem} type: code
 * {@code round.<kind>} (e.g. {@code round.assessment-closed}, from the stable kinds of
 * docs/calls.md, "Commands"), one problem per problem of the refusal, with its Dutch and English
 * text. The kind decides the status: unknown initiatives are not found (404), scores and
 * decisions the round cannot take as given are invalid input (422), everything else conflicts
 * with what the round has recorded (409).
 */
public final class RoundProblems {

    private RoundProblems() {
    }

    public static List<Problem> of(Refusal<RoundRefusal> refusal) {
        String code = code(refusal.kind());
        ProblemKind kind = kind(refusal.kind());
        return refusal.problems().stream().map(p -> new Problem(code, kind, place(p.where()), p.message())).toList();
    }

    /** {@code ASSESSMENT_CLOSED} is {@code round.assessment-closed}. */
    public static String code(RoundRefusal kind) {
        return "round." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ProblemKind kind(RoundRefusal kind) {
        switch (kind) {
            case UNKNOWN_INITIATIVE:
                return ProblemKind.NOT_FOUND;
            case OTHER_CALL:
            case INVALID_SCORES:
            case INVALID_DECISIONS:
                return ProblemKind.INVALID;
            default:
                return ProblemKind.CONFLICT;
        }
    }

    /** The round says where as "initiative gr2016-19" or "call innovatieatelier-2016": the subject's kind, then its id. */
    static Place place(String where) {
        int space = where.lastIndexOf(' ');
        return space <= 0 ? Place.about("round", where) : Place.about(where.substring(0, space), where.substring(space + 1));
    }
}
