package nl.sociaaldomein.atelier.problem;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The outcome of an operation that can fail for the caller's reasons: a value, or every problem
 * found (never an empty list). The one result shape of the library's public operations.
 *
 * <pre>{@code
 * Result<Portfolio> read = PortfolioReader.read(path);
 * if (read.isFailed()) { read.problems().forEach(p -> show(p.describe(locale))); return; }
 * Portfolio portfolio = read.orElseThrow();      // or: throws ProblemException with all problems
 * }</pre>
 *
 * @param <T> the value's type
 */
public sealed interface Result<T> permits Result.Ok, Result.Failed {

    /**
     * A value.
     *
     * @param <T>   the value's type
     * @param value the value, never null
     */
    record Ok<T>(T value) implements Result<T> {
        /**
         * Checks that there is a value.
         *
         * @param value the value, never null
         */
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Every problem found; at least one.
     *
     * @param <T>      the type the value would have had
     * @param problems the problems, at least one
     */
    record Failed<T>(List<Problem> problems) implements Result<T> {
        /**
         * Keeps an unmodifiable copy of the problems and checks there is one.
         *
         * @param problems the problems, at least one
         * @throws IllegalArgumentException when there are none
         */
        public Failed {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed result needs at least one problem");
            }
        }
    }

    /**
     * A value.
     *
     * @param <T>   the value's type
     * @param value the value, never null
     * @return the successful result
     */
    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    /**
     * The problems, without a value.
     *
     * @param <T>      the type the value would have had
     * @param problems every problem found, at least one
     * @return the failed result
     */
    static <T> Result<T> failed(List<Problem> problems) {
        return new Failed<>(problems);
    }

    /**
     * The problems, without a value.
     *
     * @param <T>     the type the value would have had
     * @param problem the first problem
     * @param more    any further problems
     * @return the failed result
     */
    static <T> Result<T> failed(Problem problem, Problem... more) {
        List<Problem> all = new ArrayList<>(1 + more.length);
        all.add(problem);
        all.addAll(List.of(more));
        return new Failed<>(all);
    }

    /**
     * A value when there are no problems, else the problems: for checks that collect as they go.
     *
     * @param <T>      the value's type
     * @param problems the problems collected, possibly none
     * @param value    makes the value; called only when there are no problems
     * @return the value, or the problems
     */
    static <T> Result<T> of(List<Problem> problems, Supplier<T> value) {
        return problems.isEmpty() ? ok(value.get()) : failed(problems);
    }

    /**
     * A Vavr {@code Either} with the problems on the left, as a result.
     *
     * @param <T>    the value's type
     * @param either problems on the left, a value on the right
     * @return the same outcome as a result
     */
    static <T> Result<T> fromEither(Either<? extends List<Problem>, ? extends T> either) {
        return either.isRight() ? ok(either.get()) : failed(either.getLeft());
    }

    /**
     * Both values combined, or the problems of both (all of them, not only the first side's).
     *
     * @param <A>     the first value's type
     * @param <B>     the second value's type
     * @param <R>     the combined value's type
     * @param a       the first result
     * @param b       the second result
     * @param combine makes the value from both values
     * @return the combined value, or the problems of {@code a} followed by those of {@code b}
     */
    static <A, B, R> Result<R> combine(Result<A> a, Result<B> b, BiFunction<? super A, ? super B, ? extends R> combine) {
        if (a instanceof Ok<A> okA && b instanceof Ok<B> okB) {
            return ok(combine.apply(okA.value(), okB.value()));
        }
        List<Problem> all = new ArrayList<>(a.problems());
        all.addAll(b.problems());
        return failed(all);
    }

    /**
     * Every value, in order, or every problem of every failed one.
     *
     * @param <T>     the values' type
     * @param results the results
     * @return the values, or the problems in the order of the results
     */
    static <T> Result<List<T>> all(List<Result<T>> results) {
        List<T> values = new ArrayList<>(results.size());
        List<Problem> problems = new ArrayList<>();
        for (Result<T> result : results) {
            if (result instanceof Ok<T> ok) {
                values.add(ok.value());
            } else {
                problems.addAll(result.problems());
            }
        }
        return problems.isEmpty() ? ok(List.copyOf(values)) : failed(problems);
    }

    /** {@return whether there is a value} */
    default boolean isOk() {
        return this instanceof Ok;
    }

    /** {@return whether there are problems instead of a value} */
    default boolean isFailed() {
        return this instanceof Failed;
    }

    /** {@return the problems; empty for a value} */
    default List<Problem> problems() {
        return this instanceof Failed<T> failed ? failed.problems() : List.of();
    }

    /** {@return the value, if there is one} */
    default Optional<T> toOptional() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    /**
     * The value, or a {@link ProblemException} carrying every problem.
     *
     * @return the value
     * @throws ProblemException when there are problems
     */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new ProblemException(problems());
    }

    /**
     * The value, or {@code other} when there are problems.
     *
     * @param other the fallback
     * @return the value or the fallback
     */
    default T orElse(T other) {
        return this instanceof Ok<T> ok ? ok.value() : other;
    }

    /**
     * The value changed by {@code f}; the problems unchanged.
     *
     * @param <R> the new value's type
     * @param f   changes the value
     * @return the mapped result
     */
    default <R> Result<R> map(Function<? super T, ? extends R> f) {
        return this instanceof Ok<T> ok ? ok(f.apply(ok.value())) : failed(problems());
    }

    /**
     * The next step, run on the value; the problems unchanged, and the next step not run.
     *
     * @param <R> the next step's value type
     * @param f   the next step
     * @return the next step's result, or these problems
     */
    default <R> Result<R> flatMap(Function<? super T, Result<R>> f) {
        return this instanceof Ok<T> ok ? f.apply(ok.value()) : failed(problems());
    }

    /**
     * The problems changed by {@code f} (e.g. placed in a file), a value unchanged.
     *
     * @param f changes each problem
     * @return the result with the problems changed
     */
    default Result<T> mapProblems(Function<? super Problem, Problem> f) {
        return this instanceof Failed<T> failed ? failed(failed.problems().stream().<Problem>map(f).toList()) : this;
    }

    /**
     * One answer from either outcome.
     *
     * @param <R>      the answer's type
     * @param ifFailed makes the answer from the problems
     * @param ifOk     makes the answer from the value
     * @return the answer
     */
    default <R> R fold(Function<? super List<Problem>, ? extends R> ifFailed, Function<? super T, ? extends R> ifOk) {
        return this instanceof Ok<T> ok ? ifOk.apply(ok.value()) : ifFailed.apply(problems());
    }

    /**
     * Runs {@code action} on the value, if there is one.
     *
     * @param action what to do with the value
     * @return this result
     */
    default Result<T> peek(Consumer<? super T> action) {
        if (this instanceof Ok<T> ok) {
            action.accept(ok.value());
        }
        return this;
    }

    /**
     * As a Vavr {@code Either}, problems on the left, for code written with Vavr.
     *
     * @return the either
     */
    default Either<List<Problem>, T> toEither() {
        return this instanceof Ok<T> ok ? Either.right(ok.value()) : Either.left(problems());
    }
}
