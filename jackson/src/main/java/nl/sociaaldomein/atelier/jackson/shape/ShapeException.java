package nl.sociaaldomein.atelier.jackson.shape;

import java.util.List;
import java.util.stream.Collectors;

/** A JSON document that is not a value of the shape read, with every problem found in it. */
public final class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Problems listed in the message; the rest are counted. */
    private static final int LISTED = 20;

    private final transient List<ReadProblem> problems;

    /**
     * An exception for these problems.
     *
     * @param problems every problem found, at least one
     */
    public ShapeException(List<ReadProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in the order they were found
     */
    public List<ReadProblem> problems() {
        return problems;
    }

    /**
     * The message for a list of problems: one problem as it is, several numbered.
     *
     * @param problems the problems
     * @return the message
     */
    public static String message(List<ReadProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        String listed = problems.stream().limit(LISTED).map(ReadProblem::toString).collect(Collectors.joining("\n- ", "\n- ", ""));
        String more = problems.size() > LISTED ? "\n… and " + (problems.size() - LISTED) + " more" : "";
        return problems.size() + " problems:" + listed + more;
    }
}
