package nl.sociaaldomein.atelier.profile;

import java.util.List;

/** Two or more profiles on the classpath claim the same id; the message names every class. */
public final class DuplicateProfileException extends ProfileException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final List<String> classNames;

    public DuplicateProfileException(String id, List<String> classNames) {
        super("profile id '" + id + "' is claimed by " + classNames.size() + " classes: " + String.join(", ", classNames)
            + "; remove one jar from the classpath or give one profile another id");
        this.id = id;
        this.classNames = List.copyOf(classNames);
    }

    public String id() {
        return id;
    }

    public List<String> classNames() {
        return classNames;
    }
}
