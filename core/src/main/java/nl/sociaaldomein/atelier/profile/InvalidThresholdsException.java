package nl.sociaaldomein.atelier.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile's thresholds, with any overrides laid over them, do not validate. The message lists
 * every failing key, with the file location of an overridden value.
 */
public final class InvalidThresholdsException extends ProfileException {

    private static final long serialVersionUID = 1L;

    /** Each failing key with its message. */
    private final List<String> problems;

    /**
     * An exception naming the profile and every failing threshold.
     *
     * @param id       the profile's id
     * @param problems each failing key with its message
     */
    public InvalidThresholdsException(String id, List<String> problems) {
        super("the thresholds of profile '" + id + "' are not valid:"
            + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    /** {@return each failing key with its message (and origin, when overridden from a file)} */
    public List<String> problems() {
        return problems;
    }
}
