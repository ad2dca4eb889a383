package nl.sociaaldomein.atelier.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Why a command was refused: a kind, and every problem found, each saying where and what in Dutch
 * and English. Every problem carries the kind's stable code and problem kind (e.g.
 * {@code round.invalid-scores}, INVALID), whatever check found it, so that a caller reacts on one
 * code per refusal. A problem found by another check keeps that check's own code as well: its
 * place names it as the subject {@value #CAUSE} (e.g. {@code cause 'assessment.unknown-criterion'}),
 * read with {@link #cause(Problem)}. A refused command records nothing; the services give it as a
 * failed {@link Result} ({@link #toResult()}).
 *
 * @param <K>      the refusal kinds of the service that refuses (an enum)
 * @param kind     why the command was refused
 * @param problems every problem found, at least one, each with the kind's code
 */
public record Refusal<K extends Enum<K> & RefusalKind>(K kind, List<Problem> problems) {

    /** The place subject that holds the code of what was actually wrong, when a refusal's code hides it. */
    public static final String CAUSE = "cause";

    /**
     * Checks that there is a reason: every problem gets the kind's code and problem kind; one with
     * another code keeps it as its {@value #CAUSE}.
     *
     * @param kind     why the command was refused
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException when there is no problem
     */
    public Refusal {
        Objects.requireNonNull(kind, "kind");
        String code = kind.code();
        problems = problems.stream().map(p -> new Problem(code, kind.problemKind(), withCause(p, code), p.message())).toList();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal says why: at least one problem");
        }
    }

    private static Place withCause(Problem problem, String code) {
        if (problem.code().equals(code) || problem.place().subject(CAUSE).isPresent()) {
            return problem.place();
        }
        return problem.place().and(CAUSE, problem.code());
    }

    /**
     * The code of what was actually wrong, when a refusal's problem carries it
     * ({@code assessment.unknown-criterion} under {@code round.invalid-scores}); empty for a
     * problem the refusal's own check found, and for a problem of no refusal.
     *
     * @param problem a problem of a refused result
     * @return the code of the check that found it
     */
    public static Optional<String> cause(Problem problem) {
        return problem.place().subject(CAUSE);
    }

    /**
     * A refusal with one problem, found by the refusal's own check (it carries only the kind's code).
     *
     * @param <K>   the refusal kinds of the refusing service
     * @param kind  why the command was refused
     * @param place where the problem is (the command's subject and field)
     * @param nl    what is wrong, in Dutch
     * @param en    what is wrong, in English
     * @return the refusal
     */
    public static <K extends Enum<K> & RefusalKind> Refusal<K> of(K kind, Place place, String nl, String en) {
        return new Refusal<>(kind, List.of(new Problem(kind.code(), kind.problemKind(), place, Text.of(nl, en))));
    }

    /**
     * The stable code every problem of this refusal carries, e.g. {@code round.assessment-closed}.
     *
     * @return the kind's code
     */
    public String code() {
        return kind.code();
    }

    /**
     * The refusal as the result of the command it refuses.
     *
     * @param <T> the type the command would have answered with
     * @return a failed result with every problem
     */
    public <T> Result<T> toResult() {
        return Result.failed(problems);
    }

    /**
     * One line per problem, in Dutch ({@code nl}) or English, separated by "; ".
     *
     * @param locale the reader's locale: English for an English locale, Dutch otherwise
     * @return the problems described in that language
     */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return kind + ": " + message(Locale.ENGLISH);
    }
}
