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

    public static Property named(String name) {
        return new Property(Objects.requireNonNull(name), Settings.fromSystemProperties());
    }

    /** Overrides the number of cases (still overridden by a replay seed). */
    public Property tries(int tries) {
        return new Property(name, settings.withTries(tries));
    }

    /** Caps the attempts to shrink a failing case: for properties whose every case is expensive. */
    public Property shrinks(int attempts) {
        return new Property(name, settings.withMaxShrinkAttempts(attempts));
    }

    public <T> ForAll<T> forAll(Gen<T> gen) {
        return new ForAll<>(this, gen);
    }

    public <A, B> ForAll<Pair<A, B>> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll<>(this, Gen.combine(a, b, Pair::new));
    }

    /** Two generated values, for {@link #forAll(Gen, Gen)}. */
    public record Pair<A, B>(A first, B second) {
    }

    /** The bound half of a property: a generator waiting for its check. */
    public static final class ForAll<T> {
        private final Property property;
        private final Gen<T> gen;

        ForAll(Property property, Gen<T> gen) {
            this.property = property;
            this.gen = gen;
        }

        /** Runs the check on every case; returns the number of cases run. */
        public int check(Consumer<? super T> check) {
            return property.run(gen, check);
        }
    }

    /** For two-value properties: {@code forAll(a, b).check(pair((x, y) -> ...))}. */
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
