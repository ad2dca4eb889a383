package nl.sociaaldomein.atelier.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Problem;

/**
 * The user's input is wrong: a file that does not read, an unknown profile, a scenario that does
 * not exist. Carries one line per problem; the app prints them and exits with
 * {@link ExitCode#BAD_INPUT}, never with a stack trace.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Function<Locale, List<String>> lines;

    public BadInputException(List<String> problems) {
        this(locale -> problems);
    }

    /** Lines worded when they are printed, in the language of the command ({@code --lang}, Dutch by default). */
    BadInputException(Function<Locale, List<String>> lines) {
        super(describe(lines.apply(Locale.ENGLISH)));
        this.lines = lines;
    }

    /** A file's problems, one a line as {@code file:line:column: path: message}. */
    static BadInputException of(List<Problem> problems) {
        return new BadInputException(locale -> problems.stream().map(p -> FileProblem.describe(p, locale)).toList());
    }

    private static String describe(List<String> problems) {
        return problems.size() == 1 ? problems.get(0) : problems.size() + " problems";
    }

    public BadInputException(String problem) {
        this(List.of(problem));
    }

    /** The lines in Dutch, the CLI's default language. */
    public List<String> problems() {
        return problems(Locale.forLanguageTag("nl-NL"));
    }

    /** The lines in the language of {@code locale}: English for an English locale, Dutch otherwise. */
    public List<String> problems(Locale locale) {
        return List.copyOf(lines.apply(locale));
    }
}
