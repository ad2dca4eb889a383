package nl.sociaaldomein.atelier.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator of test values. Everything it makes is drawn from a {@link Source}, so every
 * generator shrinks, however it was composed.
 *
 * @param <T> the type of the values made
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * Makes one value from the source's choices; the same choices make the same value.
     *
     * @param source the choices to draw from (random at first, shrunk after a failure)
     * @return the value
     */
    T generate(Source source);

    /**
     * A generator of {@code f} applied to this one's values; shrinks as this one does.
     *
     * @param <R> the type of the new values
     * @param f   makes a new value from each value
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return source -> f.apply(generate(source));
    }

    /**
     * A generator that uses this one's value to choose the next generator; shrinks through both.
     *
     * @param <R> the type of the new values
     * @param f   chooses the generator from each value
     * @return the composed generator
     */
    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return source -> f.apply(generate(source)).generate(source);
    }

    /**
     * Keeps values that satisfy the predicate; gives up after 100 misses in a row.
     *
     * @param keep which values to keep
     * @return the filtered generator; it throws {@link IllegalStateException} after 100 misses in a row
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return source -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                T value = generate(source);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 100 values in a row; generate valid values directly");
        };
    }

    /**
     * A generator whose values are made by {@code combine} from two others.
     *
     * @param <A>     the first generator's type
     * @param <B>     the second generator's type
     * @param <R>     the type of the combined values
     * @param a       the first generator, drawn first
     * @param b       the second generator
     * @param combine makes a value from one of each
     * @return the combined generator
     */
    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combine) {
        return source -> combine.apply(a.generate(source), b.generate(source));
    }

    /**
     * Always {@code value}; draws nothing.
     *
     * @param <T>   the value's type
     * @param value the value
     * @return the constant generator
     */
    static <T> Gen<T> constant(T value) {
        return source -> value;
    }

    /**
     * Whole numbers from {@code min} to {@code max} inclusive, shrinking toward zero (or the bound nearest zero).
     *
     * @param min the least value
     * @param max the greatest value, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException when {@code min} is greater than {@code max}
     */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        return source -> {
            if (min >= 0) {
                return min + source.draw(max - min);
            }
            if (max <= 0) {
                return max - source.draw(max - min);
            }
            // The range spans zero: first choose a side (0 = non-negative, so shrinking prefers it).
            if (source.draw(1) == 0) {
                return source.draw(max);
            }
            return -1 - source.draw(-(min + 1));
        };
    }

    /**
     * Whole numbers from {@code min} to {@code max} inclusive, shrinking as {@link #longs} does.
     *
     * @param min the least value
     * @param max the greatest value, at least {@code min}
     * @return the generator
     */
    static Gen<Integer> ints(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * True or false; shrinks toward false.
     *
     * @return the generator
     */
    static Gen<Boolean> booleans() {
        return source -> source.draw(1) == 1;
    }

    /**
     * One of the given values; shrinks toward the first.
     *
     * @param <T>    the values' type
     * @param values the values to choose from, at least one
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> copy = new ArrayList<>(values.length);
        for (T value : values) { // element by element, so the compiler sees the varargs array stays here
            copy.add(value);
        }
        return source -> copy.get((int) source.draw(copy.size() - 1));
    }

    /**
     * A value from one of the given generators; shrinks toward the first.
     *
     * @param <T>  the values' type
     * @param gens the generators to choose from, at least one
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> choose(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
        for (Gen<? extends T> gen : gens) { // element by element, as in oneOf
            copy.add(gen);
        }
        return source -> copy.get((int) source.draw(copy.size() - 1)).generate(source);
    }

    /**
     * Picks a generator with the given relative weights; shrinks toward the first listed.
     *
     * @param <T>     the values' type
     * @param options the generators, each with its weight
     * @return the generator
     * @throws IllegalArgumentException when the weights add up to zero
     */
    static <T> Gen<T> frequency(List<Weighted<T>> options) {
        long total = options.stream().mapToLong(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("frequency needs a positive total weight");
        }
        return source -> {
            long pick = source.draw(total - 1);
            for (Weighted<T> option : options) {
                if (pick < option.weight()) {
                    return option.gen().generate(source);
                }
                pick -= option.weight();
            }
            throw new AssertionError("unreachable");
        };
    }

    /**
     * A weighted option for {@link #frequency}.
     *
     * @param <T>    the values' type
     * @param weight the relative weight, not negative
     * @param gen    the generator
     */
    record Weighted<T>(long weight, Gen<? extends T> gen) {
        /**
         * Checks the weight.
         *
         * @param weight the relative weight, not negative
         * @param gen    the generator
         * @throws IllegalArgumentException when the weight is negative
         */
        public Weighted {
            Objects.requireNonNull(gen, "gen");
            if (weight < 0) {
                throw new IllegalArgumentException("weight must not be negative: " + weight);
            }
        }
    }

    /**
     * A weighted option for {@link #frequency}.
     *
     * @param <T>    the values' type
     * @param weight the relative weight, not negative
     * @param gen    the generator
     * @return the option
     */
    static <T> Weighted<T> weighted(long weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * Lists of {@code min} to {@code max} elements, {@code averageExtra} elements above the
     * minimum on average. Before each optional element the source draws a "go on" choice, so
     * the shrinker shortens a list by deleting an element's choices.
     *
     * @param <T>          the elements' type
     * @param element      makes each element
     * @param min          the least number of elements
     * @param max          the greatest number of elements
     * @param averageExtra how many elements above {@code min} a list has on average
     * @return the generator
     * @throws IllegalArgumentException when {@code min} is negative or greater than {@code max}
     */
    static <T> Gen<List<T>> lists(Gen<T> element, int min, int max, int averageExtra) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad list size range " + min + ".." + max);
        }
        long stopOneIn = Math.max(1, averageExtra) + 1L;
        return source -> {
            List<T> out = new ArrayList<>();
            while (out.size() < min) {
                out.add(element.generate(source));
            }
            // "go on" is any choice but 0, so a shrunk (zeroed) choice ends the list.
            while (out.size() < max && source.draw(stopOneIn - 1) != 0) {
                out.add(element.generate(source));
            }
            return out;
        };
    }

    /**
     * Lists of 0 to {@code max} elements, up to 10 on average.
     *
     * @param <T>     the elements' type
     * @param element makes each element
     * @param max     the greatest number of elements
     * @return the generator
     */
    static <T> Gen<List<T>> lists(Gen<T> element, int max) {
        return lists(element, 0, max, Math.min(max, 10));
    }

    /**
     * Strings of the given characters; shrinks toward shorter strings of earlier characters.
     *
     * @param alphabet the characters to use
     * @param min      the least length
     * @param max      the greatest length
     * @return the generator
     */
    static Gen<String> strings(String alphabet, int min, int max) {
        Gen<Character> chars = source -> alphabet.charAt((int) source.draw(alphabet.length() - 1));
        return lists(chars, min, max, Math.min(max - min, 8)).map(cs -> {
            StringBuilder b = new StringBuilder(cs.size());
            cs.forEach(b::append);
            return b.toString();
        });
    }

    /**
     * Defers building a generator, for recursive shapes.
     *
     * @param <T> the values' type
     * @param gen builds the generator when a value is first asked for
     * @return the generator
     */
    static <T> Gen<T> lazy(Supplier<Gen<T>> gen) {
        return source -> gen.get().generate(source);
    }
}
