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

    /** A value. */
    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Every problem found; at least one. */
    record Failed<T>(List<Problem> problems) implements Result<T> {
        public Failed {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failed result needs at least one problem");
            }
        }
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> failed(List<Problem> problems) {
        return new Failed<>(problems);
    }

    static <T> Result<T> failed(Problem problem, Problem... more) {
        List<Problem> all = new ArrayList<>(1 + more.length);
        all.add(problem);
        all.addAll(List.of(more));
        return new Failed<>(all);
    }

    /** A value when there are no problems, else the problems: for checks that collect as they go. */
    static <T> Result<T> of(List<Problem> problems, Supplier<T> value) {
        return problems.isEmpty() ? ok(value.get()) : failed(problems);
    }

    /** A Vavr {@code Either} with the problems on the left, as a result. */
    static <T> Result<T> fromEither(Either<? extends List<Problem>, ? extends T> either) {
        return either.isRight() ? ok(either.get()) : failed(either.getLeft());
    }

    /** Both values combined, or the problems of both (all of them, not only the first side's). */
    static <A, B, R> Result<R> combine(Result<A> a, Result<B> b, BiFunction<? super A, ? super B, ? extends R> combine) {
        if (a instanceof Ok<A> okA && b instanceof Ok<B> okB) {
            return ok(combine.apply(okA.value(), okB.value()));
        }
        List<Problem> all = new ArrayList<>(a.problems());
        all.addAll(b.problems());
        return failed(all);
    }

    /** Every value, in order, or every problem of every failed one. */
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

    default boolean isOk() {
        return this instanceof Ok;
    }

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

    /** The value, or a {@link ProblemException} carrying every problem. */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new ProblemException(problems());
    }

    default T orElse(T other) {
        return this instanceof Ok<T> ok ? ok.value() : other;
    }

    default <R> Result<R> map(Function<? super T, ? extends R> f) {
        return this instanceof Ok<T> ok ? ok(f.apply(ok.value())) : failed(problems());
    }

    default <R> Result<R> flatMap(Function<? super T, Result<R>> f) {
        return this instanceof Ok<T> ok ? f.apply(ok.value()) : failed(problems());
    }

    /** The problems changed by {@code f} (e.g. placed in a file), a value unchanged. */
    default Result<T> mapProblems(Function<? super Problem, Problem> f) {
        return this instanceof Failed<T> failed ? failed(failed.problems().stream().<Problem>map(f).toList()) : this;
    }

    default <R> R fold(Function<? super List<Problem>, ? extends R> ifFailed, Function<? super T, ? extends R> ifOk) {
        return this instanceof Ok<T> ok ? ifOk.apply(ok.value()) : ifFailed.apply(problems());
    }

    default Result<T> peek(Consumer<? super T> action) {
        if (this instanceof Ok<T> ok) {
            action.accept(ok.value());
        }
        return this;
    }

    /** As a Vavr {@code Either}, problems on the left, for code written with Vavr. */
    default Either<List<Problem>, T> toEither() {
        return this instanceof Ok<T> ok ? Either.right(ok.value()) : Either.left(problems());
    }
}
