package nl.sociaaldomein.atelier.problem;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Result#orElseThrow()}: every problem found, not only the first. Its message
 * lists them in Dutch, one a line; {@link #problems()} gives them to a caller that shows them in
 * another language or maps them (an HTTP layer to Problem Details).
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * An exception carrying {@code problems}; its message lists them in Dutch.
     *
     * @param problems every problem found, at least one
     */
    public ProblemException(List<Problem> problems) {
        super(describe(problems, Locale.forLanguageTag("nl-NL")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProblemException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in the order found} */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems one a line in the given language.
     *
     * @param locale the caller's language
     * @return the problems, one a line
     */
    public String describe(Locale locale) {
        return describe(problems, locale);
    }

    private static String describe(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining(System.lineSeparator()));
    }
}
