package nl.sociaaldomein.atelier.spring.autoconfigure;

import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;

/**
 * A ledger's refusal (the {@link Problem} a failed {@code Ledger.post} carries: code
 * {@code ledger.<kind>}, its kind, placed at the entry, its pot and grant or reservation) with a
 * text that says it is the ledger that refuses, in Dutch and English.
 */
public final class LedgerProblems {

    private LedgerProblems() {
    }

    /**
     * The ledger's problem with its code, kind and place, its text prefixed with "the ledger refuses the entry".
     *
     * @param refused the problem a failed {@code Ledger.post} carries
     * @return the problem, with a Dutch and an English text saying that the ledger refuses the entry
     */
    public static Problem of(Problem refused) {
        return new Problem(refused.code(), refused.kind(), refused.place(),
            Text.of("het grootboek weigert de boeking: " + refused.message().nl(),
                "the ledger refuses the entry: " + refused.message().en()));
    }
}
