package nl.sociaaldomein.atelier.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulTest {

    /** A counter with a planted bug: the fourth increment after a reset is lost. */
    static final class BuggyCounter {
        int value;
        int sinceReset;

        void increment() {
            sinceReset++;
            if (sinceReset != 4) {
                value++;
            }
        }

        void reset() {
            value = 0;
            sinceReset = 0;
        }
    }

    record Op(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final class CounterSpec implements StatefulSpec<BuggyCounter, List<Integer>, Op> {
        @Override
        public BuggyCounter newSystem() {
            return new BuggyCounter();
        }

        @Override
        public List<Integer> newModel() {
            List<Integer> model = new ArrayList<>();
            model.add(0);
            return model;
        }

        @Override
        public Gen<Op> nextOperation(List<Integer> model) {
            return Gen.oneOf(new Op("reset"), new Op("increment"));
        }

        @Override
        public void step(BuggyCounter system, List<Integer> model, Op op) {
            if (op.name().equals("increment")) {
                system.increment();
                model.set(0, model.get(0) + 1);
            } else {
                system.reset();
                model.set(0, 0);
            }
        }

        @Override
        public void checkInvariants(BuggyCounter system, List<Integer> model) {
            assertThat(system.value).as("counter value").isEqualTo(model.get(0));
        }
    }

    @Test
    void findsThePlantedBugAndShrinksToTheShortestSequence() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
            () -> Stateful.named("counter").tries(500).steps(100, 20).check(new CounterSpec()));
        String smallest = failure.smallestCase().toString();
        assertThat(smallest).startsWith("4 steps");
        assertThat(smallest).contains("1. increment", "4. increment").doesNotContain("reset");
    }
}
