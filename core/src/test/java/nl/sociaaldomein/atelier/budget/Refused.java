package nl.sociaaldomein.atelier.budget;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * A refused ledger result read back as the ledger's {@link Rejection}, so that the ledger's tests
 * keep asserting the kind of refusal, the entry and the bilingual text: the result must have failed
 * with exactly one problem, whose code is a {@link RejectionKind}'s and whose place names the entry.
 */
public final class Refused {

    private Refused() {
    }

    /** The refusal the result carries; fails the test when it is a value or not a ledger refusal. */
    public static Rejection of(Result<?> result) {
        assertThat(result.isFailed()).as("refused, but was %s", result).isTrue();
        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().get(0);
        RejectionKind kind = RejectionKind.of(problem).orElseThrow(() -> new AssertionError("not a ledger code: " + problem));
        String entry = problem.place().subject("entry").orElseThrow(() -> new AssertionError("no entry in the place: " + problem));
        return new Rejection(kind, entry, problem.message());
    }
}
