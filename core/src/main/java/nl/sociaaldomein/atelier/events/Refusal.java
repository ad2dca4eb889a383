package nl.sociaaldomein.atelier.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Why a command was refused: a kind, and every problem found, each saying where and what in Dutch
 * and English. Every problem carries the kind's stable code and problem kind (e.g.
 * {@code round.assessment-closed}, CONFLICT), whatever check found it, so that a caller reacts on
 * one code per refusal. A refused command records nothing; the services give it as a failed
 * {@link Result} ({@link #toResult()}).
 */
public record Refusal<K extends Enum<K> & RefusalKind>(K kind, List<Problem> problems) {

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        problems = problems.stream().map(p -> new Problem(kind.code(), kind.problemKind(), p.place(), p.message())).toList();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal says why: at least one problem");
        }
    }

    public static <K extends Enum<K> & RefusalKind> Refusal<K> of(K kind, Place place, String nl, String en) {
        return new Refusal<>(kind, List.of(new Problem(kind.code(), kind.problemKind(), place, Text.of(nl, en))));
    }

    /** The stable code every problem of this refusal carries, e.g. {@code round.assessment-closed}. */
    public String code() {
        return kind.code();
    }

    /** The refusal as the result of the command it refuses. */
    public <T> Result<T> toResult() {
        return Result.failed(problems);
    }

    /** One line per problem, in Dutch ({@code nl}) or English, separated by "; ". */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return kind + ": " + message(Locale.ENGLISH);
    }
}
