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

    /** {@return a fresh system under test, for one sequence} */
    S newSystem();

    /** {@return a fresh reference model, in the same state as a fresh system} */
    M newModel();

    /**
     * The next operation; it may depend on the model's state (e.g. pick an existing id).
     *
     * @param model the model as it is before the operation
     * @return the generator of the next operation
     */
    Gen<O> nextOperation(M model);

    /**
     * Applies the operation to both; throws an {@link AssertionError} when their answers differ.
     *
     * @param system    the system under test
     * @param model     the reference model
     * @param operation the operation to apply
     */
    void step(S system, M model, O operation);

    /**
     * Checked after every step; throws an {@link AssertionError} naming the broken invariant.
     *
     * @param system the system under test
     * @param model  the reference model
     */
    void checkInvariants(S system, M model);
}
