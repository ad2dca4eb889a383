package nl.sociaaldomein.atelier.profile;

import java.util.List;
import java.util.SortedSet;

/** No profile on the classpath has the requested id. */
public final class UnknownProfileException extends ProfileException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final List<String> available;

    public UnknownProfileException(String id, SortedSet<String> available) {
        super("no municipality profile with id '" + id + "'; available: "
            + (available.isEmpty() ? "none (is a profile jar on the classpath?)" : String.join(", ", available)));
        this.id = id;
        this.available = List.copyOf(available);
    }

    public String id() {
        return id;
    }

    public List<String> available() {
        return available;
    }
}
