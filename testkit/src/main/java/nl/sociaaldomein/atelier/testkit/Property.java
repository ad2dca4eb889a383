package nl.sociaaldomein.atelier.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs a property over generated cases: {@code Property.named("sums are exact").forAll(gen).check(x -> ...)}.
 *
 * <p>Each case has its own seed. When a case fails, the runner shrinks it, prints the seed and the
 * smallest failing case to standard error, and throws a {@link PropertyFailure}. Running again
 * with {@code -Datelier.seed=<seed>} runs exactly that case first, and only it.
 */
public final class Property {

    private final String name;
    private final Settings settings;

    private Property(String name, Settings settings) {
        this.name = name;
        this.settings = settings;
    }

    /**
     * A property with the run's settings ({@code atelier.tries}, {@code atelier.seed}).
     *
     * @param name what the property says, printed with a failure
     * @return the property, waiting for {@link #forAll(Gen)}
     */
    public static Property named(String name) {
        return new Property(Objects.requireNonNull(name), Settings.fromSystemProperties());
    }

    /**
     * Overrides the number of cases (still overridden by a replay seed).
     *
     * @param tries the number of cases
     * @return a new property; this one is unchanged
     */
    public Property tries(int tries) {
        return new Property(name, settings.withTries(tries));
    }

    /**
     * Caps the attempts to shrink a failing case: for properties whose every case is expensive.
     *
     * @param attempts the most attempts to shrink a failing case
     * @return a new property; this one is unchanged
     */
    public Property shrinks(int attempts) {
        return new Property(name, settings.withMaxShrinkAttempts(attempts));
    }

    /**
     * The property over the values of {@code gen}.
     *
     * @param <T> the values' type
     * @param gen makes each case
     * @return the bound property, waiting for its check
     */
    public <T> ForAll<T> forAll(Gen<T> gen) {
        return new ForAll<>(this, gen);
    }

    /**
     * The property over pairs of values of {@code a} and {@code b}; check them with {@link #pair}.
     *
     * @param <A> the first value's type
     * @param <B> the second value's type
     * @param a   makes each case's first value
     * @param b   makes each case's second value
     * @return the bound property, waiting for its check
     */
    public <A, B> ForAll<Pair<A, B>> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll<>(this, Gen.combine(a, b, Pair::new));
    }

    /**
     * Two generated values, for {@link #forAll(Gen, Gen)}.
     *
     * @param <A>    the first value's type
     * @param <B>    the second value's type
     * @param first  the first value
     * @param second the second value
     */
    public record Pair<A, B>(A first, B second) {
    }

    /**
     * The bound half of a property: a generator waiting for its check.
     *
     * @param <T> the values' type
     */
    public static final class ForAll<T> {
        private final Property property;
        private final Gen<T> gen;

        ForAll(Property property, Gen<T> gen) {
            this.property = property;
            this.gen = gen;
        }

        /**
         * Runs the check on every case; returns the number of cases run.
         *
         * @param check throws an {@link AssertionError} (or any exception) when a case fails
         * @return the number of cases run
         * @throws PropertyFailure when a case fails, with the seed and the smallest failing case
         */
        public int check(Consumer<? super T> check) {
            return property.run(gen, check);
        }
    }

    /**
     * For two-value properties: {@code forAll(a, b).check(pair((x, y) -> ...))}.
     *
     * @param <A>   the first value's type
     * @param <B>   the second value's type
     * @param check the check of both values
     * @return the check of a pair
     */
    public static <A, B> Consumer<Pair<A, B>> pair(BiConsumer<? super A, ? super B> check) {
        return p -> check.accept(p.first(), p.second());
    }

    <T> int run(Gen<T> gen, Consumer<? super T> check) {
        if (settings.replaySeed().isPresent()) {
            runCase(gen, check, settings.replaySeed().get(), 1);
            return 1;
        }
        SplittableRandom seeds = new SplittableRandom();
        for (int i = 1; i <= settings.tries(); i++) {
            runCase(gen, check, seeds.nextLong(), i);
        }
        return settings.tries();
    }

    private <T> void runCase(Gen<T> gen, Consumer<? super T> check, long seed, int caseNumber) {
        Source source = Source.random(seed);
        T value = gen.generate(source);
        Throwable failure = failureOf(check, value);
        if (failure == null) {
            return;
        }
        Shrinker shrinker = new Shrinker(choices -> failureOf(check, gen.generate(Source.replaying(choices))) != null,
            settings.maxShrinkAttempts());
        long[] smallest = shrinker.shrink(source.choices());
        T smallestValue = gen.generate(Source.replaying(smallest));
        Throwable smallestFailure = failureOf(check, smallestValue);
        String message = "Property '" + name + "' failed on case " + caseNumber + "."
            + "\n  seed: " + seed + "   (replay with -Datelier.seed=" + seed + ")"
            + "\n  smallest failing case (" + shrinker.improvements() + " shrink steps): " + smallestValue
            + "\n  failure: " + smallestFailure
            + "\n  original case: " + value;
        if (!Boolean.getBoolean("atelier.testkit.quiet")) {
            System.err.println(message);
        }
        throw new PropertyFailure(message, seed, smallestValue, smallestFailure == null ? failure : smallestFailure);
    }

    private static <T> Throwable failureOf(Consumer<? super T> check, T value) {
        try {
            check.accept(value);
            return null;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError) {
                throw (VirtualMachineError) t;
            }
            return t;
        }
    }
}
