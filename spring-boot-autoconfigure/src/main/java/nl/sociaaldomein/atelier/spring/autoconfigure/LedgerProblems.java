package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.Locale;
import nl.sociaaldomein.atelier.budget.Rejection;
import nl.sociaaldomein.atelier.budget.RejectionKind;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;

/**
 * A ledger's {@link Rejection} as the library's one {@link Problem} type: code
 * {@code ledger.<kind>} (e.g. {@code ledger.exceeds-remaining}), about the entry. The ledger words
 * its refusals in English with amounts in nl-NL form; until it has a Dutch message table, the Dutch
 * text says that the ledger refuses and quotes that sentence.
 */
public final class LedgerProblems {

    private LedgerProblems() {
    }

    public static Problem of(Rejection rejection) {
        String code = "ledger." + rejection.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Problem(code, kind(rejection.kind()), Place.about("entry", rejection.entryId()),
            nl.sociaaldomein.atelier.text.Text.of("het grootboek weigert de boeking: " + rejection.message(),
                "the ledger refuses the entry: " + rejection.message(Locale.ENGLISH)));
    }

    static ProblemKind kind(RejectionKind kind) {
        switch (kind) {
            case UNKNOWN_POT:
            case UNKNOWN_GRANT:
            case UNKNOWN_RESERVATION:
                return ProblemKind.NOT_FOUND;
            case AMOUNT_NOT_POSITIVE:
            case INVALID_FUNDING:
            case NOT_SIBLINGS:
            case TOTAL_TOO_LARGE:
                return ProblemKind.INVALID;
            default:
                return ProblemKind.CONFLICT;
        }
    }
}
