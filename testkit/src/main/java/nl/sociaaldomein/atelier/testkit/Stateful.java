package nl.sociaaldomein.atelier.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs generated sequences of operations against a system and a reference model side by side,
 * checking every invariant after every step, the way TigerBeetle's simulator checks its ledger.
 * A failing sequence is shrunk by removing steps and simplifying operations, and replays from
 * its seed like any property.
 */
public final class Stateful {

    private final String name;
    private final int maxSteps;
    private final int averageSteps;
    private final Integer tries;

    private Stateful(String name, int maxSteps, int averageSteps, Integer tries) {
        this.name = name;
        this.maxSteps = maxSteps;
        this.averageSteps = averageSteps;
        this.tries = tries;
    }

    /**
     * A stateful test of up to 200 steps per sequence, 50 on average, with the run's number of cases.
     *
     * @param name what is tested, printed with a failure
     * @return the test, waiting for {@link #check}
     */
    public static Stateful named(String name) {
        return new Stateful(Objects.requireNonNull(name), 200, 50, null);
    }

    /**
     * At most {@code max} steps per sequence, {@code average} on average.
     *
     * @param max     the most steps in a sequence
     * @param average the steps in a sequence on average
     * @return a new test; this one is unchanged
     */
    public Stateful steps(int max, int average) {
        return new Stateful(name, max, average, tries);
    }

    /**
     * Overrides the number of sequences run (still overridden by a replay seed).
     *
     * @param newTries the number of sequences
     * @return a new test; this one is unchanged
     */
    public Stateful tries(int newTries) {
        return new Stateful(name, maxSteps, averageSteps, newTries);
    }

    /**
     * Runs the sequences; returns how many ran. Throws {@link PropertyFailure} on the first failure.
     *
     * @param <S>  the system under test
     * @param <M>  the reference model
     * @param <O>  an operation
     * @param spec the system, the model, the operations and the invariants
     * @return the number of sequences run
     */
    public <S, M, O> int check(StatefulSpec<S, M, O> spec) {
        Property property = Property.named(name);
        if (tries != null) {
            property = property.tries(tries);
        }
        long stopOneIn = Math.max(1, averageSteps) + 1L;
        Gen<Execution<O>> executions = source -> execute(spec, source, stopOneIn);
        return property.forAll(executions).check(Execution::rethrow);
    }

    private <S, M, O> Execution<O> execute(StatefulSpec<S, M, O> spec, Source source, long stopOneIn) {
        S system = spec.newSystem();
        M model = spec.newModel();
        List<O> steps = new ArrayList<>();
        try {
            spec.checkInvariants(system, model);
            // A zero choice ends the sequence, so the shrinker shortens it by zeroing or deleting.
            while (steps.size() < maxSteps && source.draw(stopOneIn - 1) != 0) {
                O operation = spec.nextOperation(model).generate(source);
                steps.add(operation);
                spec.step(system, model, operation);
                spec.checkInvariants(system, model);
            }
            return new Execution<>(steps, null);
        } catch (RuntimeException | AssertionError failure) {
            return new Execution<>(steps, failure);
        }
    }

    /** One generated sequence and how it ended. */
    static final class Execution<O> {
        private final List<O> steps;
        private final Throwable failure;

        Execution(List<O> steps, Throwable failure) {
            this.steps = List.copyOf(steps);
            this.failure = failure;
        }

        void rethrow() {
            if (failure instanceof AssertionError) {
                throw (AssertionError) failure;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(steps.size() + " steps");
            for (int i = 0; i < steps.size(); i++) {
                out.append("\n      ").append(i + 1).append(". ").append(steps.get(i));
            }
            if (failure != null) {
                out.append("\n      failed after step ").append(steps.size()).append(": ").append(failure.getMessage());
            }
            return out.toString();
        }
    }
}
