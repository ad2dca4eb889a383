package nl.sociaaldomein.atelier.profile;

import java.util.List;
import java.util.SortedSet;

/** No profile on the classpath has the requested id. */
public final class UnknownProfileException extends ProfileException {

    private static final long serialVersionUID = 1L;

    /** The id asked for. */
    private final String id;
    /** The ids of the profiles on the classpath. */
    private final List<String> available;

    /**
     * An exception naming the id and the profiles that exist.
     *
     * @param id        the id asked for
     * @param available the ids of the profiles on the classpath
     */
    public UnknownProfileException(String id, SortedSet<String> available) {
        super("no municipality profile with id '" + id + "'; available: "
            + (available.isEmpty() ? "none (is a profile jar on the classpath?)" : String.join(", ", available)));
        this.id = id;
        this.available = List.copyOf(available);
    }

    /** {@return the id asked for} */
    public String id() {
        return id;
    }

    /** {@return the ids of the profiles on the classpath, sorted} */
    public List<String> available() {
        return available;
    }
}
