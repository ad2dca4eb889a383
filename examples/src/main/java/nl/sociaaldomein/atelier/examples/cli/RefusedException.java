package nl.sociaaldomein.atelier.examples.cli;

import java.util.List;

/**
 * A command the round or register refused (a call not open yet, an initiative decided before):
 * the input reads, but the state it meets says no. Carries the lines to print (each with the
 * refusal's stable code); the app exits with {@link ExitCode#REFUSED}, and nothing was recorded.
 */
final class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> lines;

    RefusedException(List<String> lines) {
        super(lines.get(0));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
