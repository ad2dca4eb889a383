package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import nl.sociaaldomein.atelier.register.RegisterRefusal;

/**
 * An experiment command's {@link Refusal} as the library's one {@link Problem} type: code
 * {@code register.<kind>} (e.g. {@code register.transition-refused}, from the stable kinds of
 * docs/experiments.md, "Commands"), one problem per problem of the refusal. An unknown experiment
 * or KPI is not found (404), a command naming another register or a registration that is not as
 * planned is invalid input (422), everything else conflicts with what is recorded (409).
 */
public final class RegisterProblems {

    private RegisterProblems() {
    }

    public static List<Problem> of(Refusal<RegisterRefusal> refusal) {
        String code = code(refusal.kind());
        ProblemKind kind = kind(refusal.kind());
        return refusal.problems().stream().map(p -> new Problem(code, kind, RoundProblems.place(p.where()), p.message())).toList();
    }

    /** {@code TRANSITION_REFUSED} is {@code register.transition-refused}. */
    public static String code(RegisterRefusal kind) {
        return "register." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ProblemKind kind(RegisterRefusal kind) {
        switch (kind) {
            case UNKNOWN_EXPERIMENT:
            case UNKNOWN_KPI:
                return ProblemKind.NOT_FOUND;
            case OTHER_REGISTER:
            case NOT_AS_PLANNED:
                return ProblemKind.INVALID;
            default:
                return ProblemKind.CONFLICT;
        }
    }
}
