package nl.sociaaldomein.atelier.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import nl.sociaaldomein.atelier.jackson.shape.ReadProblem;
import nl.sociaaldomein.atelier.jackson.shape.ShapeException;

/**
 * JSON that is not a value of the Atelier type asked for: the message lists every problem with
 * its JSON path from that value ({@code $.requestedAmount.amount: must be a string such as
 * "887685.00" ...}), and {@link #problems()} holds them. A {@link JsonMappingException}, so a host
 * that already maps Jackson's errors to a 400 response handles it the same way.
 */
public final class AtelierJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReadProblem> problems;
    /** The Atelier type the JSON was read as. */
    private final Class<?> type;

    /**
     * An exception for these problems.
     *
     * @param parser   where the value was read
     * @param type     the type asked for
     * @param problems every problem found
     */
    public AtelierJsonException(JsonParser parser, Class<?> type, List<ReadProblem> problems) {
        super(parser, "not a " + type.getSimpleName() + ": " + ShapeException.message(problems));
        this.problems = List.copyOf(problems);
        this.type = type;
    }

    /**
     * Every problem found, in document order.
     *
     * @return the problems
     */
    public List<ReadProblem> problems() {
        return problems;
    }

    /**
     * The type asked for.
     *
     * @return the type
     */
    public Class<?> type() {
        return type;
    }
}
