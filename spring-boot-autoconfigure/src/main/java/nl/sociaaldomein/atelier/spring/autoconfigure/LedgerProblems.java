package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.Locale;
import nl.sociaaldomein.atelier.budget.Rejection;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A ledger's {@link Rejection} as the library's one {@link Problem} type, as the ledger itself
 * gives it ({@link Rejection#problem()}: code {@code ledger.<kind>}, its kind, about the entry),
 * with a text that says it is the ledger that refuses, in Dutch and English.
 */
public final class LedgerProblems {

    private LedgerProblems() {
    }

    /**
     * The rejection as a problem with the same code, kind and place, saying that the ledger refuses the entry.
     *
     * @param rejection why the ledger refused a posting
     * @return the problem, with a Dutch and an English text
     */
    public static Problem of(Rejection rejection) {
        Problem problem = rejection.problem();
        return new Problem(problem.code(), problem.kind(), problem.place(),
            Text.of("het grootboek weigert de boeking: " + rejection.message(),
                "the ledger refuses the entry: " + rejection.message(Locale.ENGLISH)));
    }
}
