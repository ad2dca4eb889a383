package nl.sociaaldomein.atelier.testkit;

/**
 * What a stateful test needs: the system under test, a simple reference model of it, a way to
 * generate the next operation, a step that applies an operation to both and compares what they
 * answered, and the invariants checked after every step.
 *
 * @param <S> the system under test, e.g. the ledger
 * @param <M> the reference model, e.g. a naive ledger that re-sums everything
 * @param <O> an operation
 */
public interface StatefulSpec<S, M, O> {

    S newSystem();

    M newModel();

    /** The next operation; it may depend on the model's state (e.g. pick an existing id). */
    Gen<O> nextOperation(M model);

    /** Applies the operation to both; throws an {@link AssertionError} when their answers differ. */
    void step(S system, M model, O operation);

    /** Checked after every step; throws an {@link AssertionError} naming the broken invariant. */
    void checkInvariants(S system, M model);
}
