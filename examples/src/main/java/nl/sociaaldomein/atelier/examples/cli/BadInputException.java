package nl.sociaaldomein.atelier.examples.cli;

import java.util.List;

/**
 * The user's input is wrong: a file that does not read, an unknown profile, a scenario that does
 * not exist. Carries one line per problem; the app prints them and exits with
 * {@link ExitCode#BAD_INPUT}, never with a stack trace.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public BadInputException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
