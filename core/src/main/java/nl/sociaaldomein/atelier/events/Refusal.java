package nl.sociaaldomein.atelier.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.assessment.Problem;

/**
 * Why a command was refused: a kind with a stable code (the enum constant's name, e.g.
 * {@code ASSESSMENT_CLOSED}), and every problem found, each saying where and what in Dutch and
 * English. A refused command records nothing.
 */
public record Refusal<K extends Enum<K>>(K kind, List<Problem> problems) {

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal says why: at least one problem");
        }
    }

    public static <K extends Enum<K>> Refusal<K> of(K kind, String where, String nl, String en) {
        return new Refusal<>(kind, List.of(Problem.of(where, nl, en)));
    }

    /** The stable code, for a caller's mapping: the kind's name. */
    public String code() {
        return kind.name();
    }

    /** One line per problem, in Dutch ({@code nl}) or English. */
    public String message(Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        return problems.stream().map(p -> p.where() + ": " + (dutch ? p.message().nl() : p.message().en()))
            .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return kind + ": " + message(Locale.ENGLISH);
    }
}
